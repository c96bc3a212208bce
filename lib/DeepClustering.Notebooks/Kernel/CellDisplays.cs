using DeepClustering.Notebooks.Document;

namespace DeepClustering.Notebooks.Kernel;

/// <summary>
/// One cell's displays by value id, so that a <c>DisplayedValueUpdated</c> replaces the display it updates.
/// </summary>
/// <remarks>
/// The kernel's contract: an update carries the value id of the <c>DisplayedValueProduced</c> it updates. That holds for
/// <c>KernelInvocationContext.Display</c>, which returns the DisplayedValue it published. It does not hold in
/// Microsoft.DotNet.Interactive.Formatting 1.0.0-beta.26120.1 for <c>x.Display()</c> and <c>display(x)</c> (and
/// <c>DisplayAs</c>, <c>DisplayTable</c>): <c>DisplayExtensions.Display</c> raises one DisplayedValue and returns another
/// built from the same formatted values, so the returned handle's updates carry the handle's own id (one lazily made GUID,
/// the same on each of its updates) that no display was ever produced with. For such an id the update is bound, on first
/// sight, to the latest display of the cell with the same MIME types (an update is formatted with its original's MIME
/// types) that no other id has updated yet, and later updates with that id replace the same output. When none is left, the
/// update becomes a display of its own, as VS Code shows an update whose id it does not know.
/// </remarks>
public sealed class CellDisplays
{
    private readonly List<(DisplayOutput Output, string[] MimeTypes, string? Id)> _shown = [];
    private readonly Dictionary<string, DisplayOutput> _byId = new(StringComparer.Ordinal);
    private readonly HashSet<DisplayOutput> _updated = [];

    /// <summary>Records a display the kernel produced with <paramref name="id"/> (its value id, if any).</summary>
    public void Produced(DisplayOutput output, string? id)
    {
        _shown.Add((output, output.Data.MimeTypes.ToArray(), id));
        if (id is not null)
            _byId[id] = output;
    }

    /// <summary>The display an update with <paramref name="id"/> and these MIME types replaces, or null when it is a display of its own.</summary>
    public DisplayOutput? Updated(string? id, IEnumerable<string> mimeTypes)
    {
        if (id is not null && _byId.TryGetValue(id, out var known))
        {
            _updated.Add(known);
            return known;
        }
        var types = mimeTypes.ToArray();
        for (var i = _shown.Count - 1; i >= 0; i--)
        {
            var (output, shownTypes, _) = _shown[i];
            if (_updated.Contains(output) || !shownTypes.SequenceEqual(types, StringComparer.Ordinal))
                continue;
            _updated.Add(output);
            if (id is not null)
                _byId[id] = output;
            return output;
        }
        return null;
    }

    /// <summary>Records an update that became a display of its own, so that its id's later updates replace it.</summary>
    public void UpdateShownAlone(DisplayOutput output, string? id)
    {
        _shown.Add((output, output.Data.MimeTypes.ToArray(), id));
        _updated.Add(output);
        if (id is not null)
            _byId[id] = output;
    }

    /// <summary>Forgets every display (a new cell starts).</summary>
    public void Clear()
    {
        _shown.Clear();
        _byId.Clear();
        _updated.Clear();
    }
}
