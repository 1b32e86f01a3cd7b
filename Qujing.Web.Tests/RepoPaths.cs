namespace Qujing.Web.Tests;

/// <summary>Finds files of the repository from the test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string SourceArticle => Path.Combine(Content, "qujing-feature.txt");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Qujing.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Qujing.sln not found above " + AppContext.BaseDirectory);
    }
}
