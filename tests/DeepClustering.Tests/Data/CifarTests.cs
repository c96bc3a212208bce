using DeepClustering.Data;
using TorchSharp;

namespace DeepClustering.Tests.Data;

public sealed class CifarTests
{
    private const int PerBatch = 3;

    [Fact]
    public void Loads_extracted_batches_as_chw_unit_floats_in_official_order()
    {
        using var dir = new TempDirectory();
        CifarTestFiles.WriteExtracted(Path.Combine(dir.Path, "cifar-10-batches-bin"), CifarTestFiles.AllBatches(PerBatch));

        using var all = Cifar10.Load(DataSplit.All, dir.Path, TestData.Offline);
        Assert.Equal(new long[] { 6 * PerBatch, 3, 32, 32 }, all.Images.shape);
        Assert.Equal(5 * PerBatch, all.TrainCount);
        Assert.Equal(Enumerable.Range(0, 6 * PerBatch).Select(i => (long)(i % 10)), all.Labels.data<long>().ToArray());
        foreach (var (image, c, row, col) in new[] { (0, 0, 0, 1), (4, 1, 2, 3), (17, 2, 31, 31), (9, 1, 0, 0) })
            Assert.Equal(CifarTestFiles.Pixel(image, c, row * 32 + col) / 255f, all.Images[image, c, row, col].item<float>());

        using var test = Cifar10.Load(DataSplit.Test, dir.Path, TestData.Offline);
        Assert.Equal(PerBatch, test.Count);
        Assert.Equal(CifarTestFiles.Pixel(5 * PerBatch, 0, 7) / 255f, test.Images[0, 0, 0, 7].item<float>());
    }

    [Fact]
    public void Reads_the_tar_gz_the_same_as_the_extracted_batches()
    {
        using var dir = new TempDirectory();
        var batches = CifarTestFiles.AllBatches(PerBatch);
        var archiveDir = Directory.CreateDirectory(dir.File("archive")).FullName;
        CifarTestFiles.WriteArchive(Path.Combine(archiveDir, Cifar10.ArchiveName), batches);
        CifarTestFiles.WriteExtracted(dir.File("extracted"), batches); // the batch files directly in the folder

        using var fromArchive = Cifar10.Load(DataSplit.All, archiveDir, TestData.Offline);
        using var fromFiles = Cifar10.Load(DataSplit.All, dir.File("extracted"), TestData.Offline);
        Assert.True(fromArchive.Images.allclose(fromFiles.Images, rtol: 0, atol: 0));
        Assert.Equal(fromFiles.Labels.data<long>().ToArray(), fromArchive.Labels.data<long>().ToArray());
        Assert.Contains(archiveDir, fromArchive.Source);
    }

    [Fact]
    public void Batch_length_not_a_multiple_of_3073_names_file_and_offset()
    {
        using var dir = new TempDirectory();
        var batches = CifarTestFiles.AllBatches(PerBatch);
        batches["test_batch.bin"] = batches["test_batch.bin"][..(2 * 3073 + 100)];
        CifarTestFiles.WriteExtracted(dir.Path, batches);
        var e = Assert.Throws<DataFormatException>(() => Cifar10.Load(DataSplit.Test, dir.Path, TestData.Offline));
        Assert.Equal(dir.File("test_batch.bin"), e.File);
        Assert.Equal(2 * 3073, e.Offset);
        Assert.Contains("3073", e.Message);
    }

    [Fact]
    public void Bad_member_inside_the_archive_is_named_archive_bang_member()
    {
        using var dir = new TempDirectory();
        var batches = CifarTestFiles.AllBatches(PerBatch);
        batches["data_batch_3.bin"] = batches["data_batch_3.bin"][..^1];
        CifarTestFiles.WriteArchive(dir.File(Cifar10.ArchiveName), batches);
        var e = Assert.Throws<DataFormatException>(() => Cifar10.Load(DataSplit.Train, dir.Path, TestData.Offline));
        Assert.Equal($"{dir.File(Cifar10.ArchiveName)}!cifar-10-batches-bin/data_batch_3.bin", e.File);
        Assert.Equal(2 * 3073, e.Offset);
    }

    [Fact]
    public void Label_above_9_is_reported_with_its_record_offset()
    {
        using var dir = new TempDirectory();
        var bytes = CifarTestFiles.Batch(0, 3);
        bytes[2 * 3073] = 10;
        File.WriteAllBytes(dir.File("b.bin"), bytes);
        var e = Assert.Throws<DataFormatException>(() => CifarBinaryFormat.ReadBatch(dir.File("b.bin")));
        Assert.Equal(2 * 3073, e.Offset);
    }

    [Fact]
    public void Archive_without_a_needed_batch_or_not_a_tar_gz_is_a_format_error()
    {
        using var dir = new TempDirectory();
        var batches = CifarTestFiles.AllBatches(1);
        batches.Remove("test_batch.bin");
        CifarTestFiles.WriteArchive(dir.File("partial.tar.gz"), batches);
        var e = Assert.Throws<DataFormatException>(() => CifarBinaryFormat.ReadFromArchive(dir.File("partial.tar.gz"), ["test_batch.bin"]));
        Assert.Contains("test_batch.bin", e.Message);

        File.WriteAllBytes(dir.File(Cifar10.ArchiveName), "not an archive"u8.ToArray());
        e = Assert.Throws<DataFormatException>(() => Cifar10.Load(DataSplit.Test, dir.Path, TestData.Offline));
        Assert.Equal(dir.File(Cifar10.ArchiveName), e.File);
    }

    [Fact]
    public void Library_writer_and_synthetic_set_round_trip_deterministically()
    {
        using var a = new TempDirectory();
        using var b = new TempDirectory();
        Cifar10.WriteSynthetic(a.Path, imagesPerTrainBatch: 4, testImages: 5, seed: 11);
        Cifar10.WriteSynthetic(b.Path, imagesPerTrainBatch: 4, testImages: 5, seed: 11);
        foreach (var name in CifarTestFiles.Batches)
            Assert.Equal(File.ReadAllBytes(Path.Combine(a.Path, "cifar-10-batches-bin", name)), File.ReadAllBytes(Path.Combine(b.Path, "cifar-10-batches-bin", name)));
        using var all = Cifar10.Load(DataSplit.All, a.Path, TestData.Offline);
        Assert.Equal(new long[] { 25, 3, 32, 32 }, all.Images.shape);
        Assert.Equal(20, all.TrainCount);
    }

    [Fact]
    public void Missing_cifar_names_the_archive_and_where_to_put_it()
    {
        using var dir = new TempDirectory();
        var e = Assert.Throws<DataNotFoundException>(() => Cifar10.Load(DataSplit.Test, dir.Path, TestData.Offline));
        Assert.Contains("cifar-10-binary.tar.gz", e.Message);
        Assert.Equal("cifar-10", e.Dataset);
    }
}
