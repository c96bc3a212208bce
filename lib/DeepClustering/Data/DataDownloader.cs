using System.Net;
using System.Security.Cryptography;
using DeepClustering.IO;

namespace DeepClustering.Data;

/// <summary>Downloads manifest files over HTTP, verifies their checksums while streaming, and writes them atomically.</summary>
/// <remarks>Connecting and receiving the response headers have short time limits, so a machine without network fails in seconds.</remarks>
public sealed class DataDownloader
{
    private readonly HttpClient _client;

    /// <summary>Creates a downloader; <paramref name="handler"/> replaces the network (for tests), <paramref name="connectTimeout"/> bounds connecting (default 5 s).</summary>
    public DataDownloader(HttpMessageHandler? handler = null, TimeSpan? connectTimeout = null)
    {
        handler ??= new SocketsHttpHandler
        {
            ConnectTimeout = connectTimeout ?? TimeSpan.FromSeconds(5),
            AutomaticDecompression = DecompressionMethods.None,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("DeepClusteringNotebooks/1.0");
    }

    /// <summary>How long to wait for the response headers of each URL (default 15 s).</summary>
    public TimeSpan ResponseTimeout { get; init; } = TimeSpan.FromSeconds(15);

    private static readonly Lazy<DataDownloader> Shared = new(() => new DataDownloader());

    /// <summary>The downloader shared by default locators (one HTTP client per process).</summary>
    public static DataDownloader Default => Shared.Value;

    /// <summary>Receives progress and warnings (e.g. a file kept without a recorded checksum); standard error by default, null to stay silent.</summary>
    public Action<string>? Log { get; init; } = Console.Error.WriteLine;

    /// <summary>Downloads <paramref name="file"/> into <paramref name="directory"/>, trying its URLs in order; returns the final path.</summary>
    /// <exception cref="ChecksumMismatchException">The downloaded bytes differ from the manifest's checksum; nothing is kept.</exception>
    /// <exception cref="HttpRequestException">No URL could be fetched; the message lists every URL's failure.</exception>
    public string Download(ManifestFile file, string directory)
    {
        if (file.Urls.Count == 0)
            throw new HttpRequestException($"{file.Name} has no download URL; it must be supplied by hand");
        var target = Path.Combine(directory, file.Name);
        var failures = new List<string>();
        var unreachable = true;
        foreach (var url in file.Urls)
        {
            try
            {
                Log?.Invoke($"downloading {url}");
                Fetch(url, file, target);
                return target;
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
            {
                failures.Add($"{url}: {e.Message}");
                unreachable &= IsUnreachable(e);
            }
        }
        throw new HttpRequestException(unreachable
            ? $"no network connection: none of the {file.Urls.Count} source(s) of {file.Name} could be reached ({string.Join("; ", failures)})"
            : $"could not download {file.Name}: {string.Join("; ", failures)}");
    }

    /// <summary>Whether a failure means the host could not be reached at all (no name resolution, no connection, no answer in time), rather than an answer that was wrong.</summary>
    private static bool IsUnreachable(Exception e) => e switch
    {
        HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.ProxyTunnelError } => true,
        HttpRequestException { StatusCode: null, InnerException: System.Net.Sockets.SocketException } => true,
        OperationCanceledException => true,
        _ => false,
    };

    private void Fetch(string url, ManifestFile file, string target)
    {
        using var headers = new CancellationTokenSource(ResponseTimeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        using var response = _client.Send(request, HttpCompletionOption.ResponseHeadersRead, headers.Token);
        response.EnsureSuccessStatusCode();
        using var body = response.Content.ReadAsStream();
        AtomicFile.Write(target, output =>
        {
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
            var buffer = new byte[1 << 16];
            int n;
            while ((n = body.Read(buffer)) > 0)
            {
                sha.AppendData(buffer, 0, n);
                md5.AppendData(buffer, 0, n);
                output.Write(buffer, 0, n);
            }
            if (file.Sha256 is { } expectedSha)
                Checksums.Check(url, "SHA-256", expectedSha, Convert.ToHexStringLower(sha.GetHashAndReset()));
            if (file.Md5 is { } expectedMd5)
                Checksums.Check(url, "MD5", expectedMd5, Convert.ToHexStringLower(md5.GetHashAndReset()));
            if (file.Sha256 is null && file.Md5 is null)
                Log?.Invoke($"warning: the manifest records no checksum for {file.Name}; kept it unverified");
        });
    }
}
