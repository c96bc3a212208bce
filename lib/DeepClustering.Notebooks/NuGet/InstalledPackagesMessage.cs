using System.Net;
using DeepClustering.Notebooks.Document;

namespace DeepClustering.Notebooks.NuGet;

/// <summary>The "Installed Packages" display the kernel shows after a <c>#r "nuget: ..."</c> restore.</summary>
public static class InstalledPackagesMessage
{
    /// <summary>Formats the list of packages as text/html and text/plain.</summary>
    public static MimeBundle Format(IEnumerable<ResolvedPackage> packages)
    {
        var items = packages.Select(p => $"{p.Name}, {p.Version}").OrderBy(s => s, StringComparer.OrdinalIgnoreCase).ToList();
        var bundle = new MimeBundle();
        bundle.Set("text/html",
            "<div><div><strong>Installed Packages</strong><ul>" +
            string.Concat(items.Select(i => $"<li><span>{WebUtility.HtmlEncode(i)}</span></li>")) +
            "</ul></div></div>");
        bundle.Set("text/plain", "Installed Packages" + string.Concat(items.Select(i => $"{Environment.NewLine}  {i}")));
        return bundle;
    }
}
