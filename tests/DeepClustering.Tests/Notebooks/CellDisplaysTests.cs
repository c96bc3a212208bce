using DeepClustering.Notebooks.Document;
using DeepClustering.Notebooks.Kernel;

namespace DeepClustering.Tests.Notebooks;

public sealed class CellDisplaysTests
{
    private static DisplayOutput Shown(string mimeType, string value)
    {
        var bundle = new MimeBundle();
        bundle.Set(mimeType, value);
        return new DisplayOutput(bundle);
    }

    [Fact]
    public void An_update_with_a_produced_id_replaces_that_display_even_when_a_later_one_exists()
    {
        var displays = new CellDisplays();
        var first = Shown("text/plain", "c");
        var later = Shown("text/plain", "later");
        displays.Produced(first, "id-1");
        displays.Produced(later, "id-2");
        Assert.Same(first, displays.Updated("id-1", ["text/plain"]));
    }

    [Fact]
    public void A_handle_id_binds_once_to_the_latest_display_with_its_mime_types_that_nothing_else_updated()
    {
        var displays = new CellDisplays();
        var html = Shown("text/html", "<b>x</b>");
        var text = Shown("text/plain", "x");
        var other = Shown("text/plain", "z");
        displays.Produced(html, "p-1");
        displays.Produced(text, "p-2");
        displays.Produced(other, "p-3");

        Assert.Same(other, displays.Updated("handle-b", ["text/plain"]));
        Assert.Same(text, displays.Updated("handle-a", ["text/plain"]));
        Assert.Same(other, displays.Updated("handle-b", ["text/plain"])); // the same handle keeps its display
        Assert.Same(html, displays.Updated("handle-c", ["text/html"]));
        Assert.Null(displays.Updated("handle-d", ["text/plain"])); // none left: a display of its own
    }

    [Fact]
    public void An_update_shown_alone_is_replaced_by_its_ids_later_updates_and_a_new_cell_forgets_everything()
    {
        var displays = new CellDisplays();
        var alone = Shown("text/plain", "b");
        displays.UpdateShownAlone(alone, "handle");
        Assert.Same(alone, displays.Updated("handle", ["text/plain"]));
        displays.Clear();
        Assert.Null(displays.Updated("handle", ["text/plain"]));
    }
}
