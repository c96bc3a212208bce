using System.Net;

namespace DeepClustering.Tests.Data;

/// <summary>Serves fixed bytes (or per-URL bytes) for every request and records the URLs asked for; never touches the network.</summary>
internal sealed class FakeHttpHandler(Func<Uri, byte[]> body, HttpStatusCode status = HttpStatusCode.OK) : HttpMessageHandler
{
    public FakeHttpHandler(byte[] body, HttpStatusCode status = HttpStatusCode.OK) : this(_ => body, status) { }

    public List<Uri> Requested { get; } = [];

    public int Requests => Requested.Count;

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requested.Add(request.RequestUri!);
        return new HttpResponseMessage(status) { Content = new ByteArrayContent(body(request.RequestUri!)) };
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Task.FromResult(Send(request, cancellationToken));
}
