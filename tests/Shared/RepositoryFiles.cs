namespace Coordination.Testing;

/// <summary>Files of the repository the tests run from (the manifests, the sample settings), found from the test's output.</summary>
public static class RepositoryFiles
{
    public static string PathOf(params string[] parts)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Coordination.sln")))
        {
            directory = directory.Parent;
        }

        var root = directory?.FullName ?? throw new InvalidOperationException("The tests run outside the repository.");
        return Path.Combine([root, .. parts]);
    }
}
