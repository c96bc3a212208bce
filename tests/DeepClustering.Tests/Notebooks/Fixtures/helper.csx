// Loaded with #load from success.ipynb; resolved against the notebook's folder.
public static class Helper
{
    public static string Greet(string name) => $"hello {name}";
}
