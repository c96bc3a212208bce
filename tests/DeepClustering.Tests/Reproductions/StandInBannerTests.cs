using DeepClustering.Reproductions;

namespace DeepClustering.Tests.Reproductions;

public sealed class StandInBannerTests
{
    [Fact]
    public void The_banner_names_the_missing_data_set_and_says_the_numbers_are_not_comparable()
    {
        var html = StandInBanner.Html("CIFAR-10");
        Assert.StartsWith("<div style=", html);
        Assert.EndsWith("</div>", html);
        Assert.Contains("CIFAR-10 was not found", html);
        Assert.Contains("not comparable", html);
    }

    [Fact]
    public void The_console_line_says_the_same_in_plain_text()
    {
        var text = StandInBanner.Text("Fashion-MNIST");
        Assert.Contains("Fashion-MNIST was not found", text);
        Assert.DoesNotContain("<", text);
    }
}
