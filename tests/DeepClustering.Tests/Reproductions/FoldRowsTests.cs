using DeepClustering.Reproductions;
using TorchSharp;

namespace DeepClustering.Tests.Reproductions;

public sealed class FoldRowsTests
{
    [Fact]
    public void Rows_of_a_tensor_come_out_in_the_order_asked()
    {
        using var pool = torch.arange(12, torch.ScalarType.Float32).reshape(6, 2);
        using var rows = FoldRows.Of(pool, [4, 1]);
        Assert.Equal(new long[] { 2, 2 }, rows.shape);
        Assert.Equal(new float[] { 8, 9, 2, 3 }, rows.data<float>().ToArray());
    }

    [Fact]
    public void Labels_of_the_rows_come_out_in_the_order_asked()
    {
        Assert.Equal(new[] { 7, 5, 7 }, FoldRows.Of(new[] { 5, 6, 7 }, [2, 0, 2]));
    }

    [Fact]
    public void A_row_outside_the_labels_is_an_error()
    {
        Assert.Throws<IndexOutOfRangeException>(() => FoldRows.Of(new[] { 1, 2 }, [3]));
    }
}
