using DeepClustering.Display.Images;
using TorchSharp;

namespace DeepClustering.Tests.Display;

public sealed class ImageGridTensorTests
{
    [Fact]
    public void Reads_nchw_rgb_and_flattened_gray_tensors()
    {
        using var rgb = torch.rand(5, 3, 4, 4, generator: new torch.Generator(2));
        var colour = ImageGrid.FromTensor(rgb, new ImageGridOptions { Columns = 3, Scale = 1, Padding = 1 });
        Assert.Equal((3, 2, 3), (colour.Channels, colour.Rows, colour.Columns));
        Assert.Equal((1 + 3 * 5, 1 + 2 * 5), (colour.Width, colour.Height));

        using var flat = torch.rand(4, 6 * 2);
        var gray = ImageGrid.FromTensor(flat, new ImageGridOptions { ImageHeight = 6, ImageWidth = 2, Scale = 1, Padding = 0 });
        Assert.Equal((1, 8, 6), (gray.Channels, gray.Width, gray.Height));

        using var digits = torch.rand(3, 784);
        Assert.Equal(1, ImageGrid.FromTensor(digits).Channels); // 28x28 inferred
    }

    [Fact]
    public void A_grid_of_rows_shows_those_rows_in_their_order()
    {
        using var images = torch.arange(5 * 4, dtype: torch.float32).reshape(5, 1, 2, 2) / 20f;
        using var picked = images.index_select(0, torch.tensor(new long[] { 3, 0 }));
        var expected = ImageGrid.FromTensor(picked, new ImageGridOptions { Columns = 2 });
        var grid = ImageGrid.FromRows(images, [3, 0], new ImageGridOptions { Columns = 2 });
        Assert.Equal(expected.ToPng(), grid.ToPng());
    }

    [Fact]
    public void Shapes_that_do_not_fit_are_rejected()
    {
        using var odd = torch.rand(2, 10);
        Assert.Contains("not square", Assert.Throws<ArgumentException>(() => ImageGrid.FromTensor(odd)).Message);
        Assert.Contains("do not fit 3x3", Assert.Throws<ArgumentException>(() => ImageGrid.FromTensor(odd, new ImageGridOptions { ImageHeight = 3, ImageWidth = 3 })).Message);
        using var twoChannels = torch.rand(2, 2, 3, 3);
        Assert.Throws<ArgumentException>(() => ImageGrid.FromTensor(twoChannels));
    }

    [Fact]
    public void Saves_atomically()
    {
        string dir = Directory.CreateTempSubdirectory("dc-grid-").FullName;
        try
        {
            var grid = ImageGrid.FromValues(new float[4], 1, 1, 2, 2);
            string path = Path.Combine(dir, "grid.png");
            grid.Save(path);
            Assert.Equal(grid.ToPng(), File.ReadAllBytes(path));
            Assert.Single(Directory.GetFiles(dir));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
