using System.Xml.Linq;
using Coordination.Testing;

namespace Coordination.Core.Tests.Architecture;

/// <summary>
/// The projects depend one way: the core on nothing; storage and each chat adapter on the core alone; the host on
/// all of them. An adapter that reached for storage, or the core for a package, would fail here.
/// </summary>
public sealed class ProjectArrowsTests
{
    [Theory]
    [InlineData("Coordination.Core", "")]
    [InlineData("Coordination.Data", "Coordination.Core")]
    [InlineData("Coordination.Slack", "Coordination.Core")]
    [InlineData("Coordination.Teams", "Coordination.Core")]
    [InlineData("Coordination.Bot", "Coordination.Core Coordination.Data Coordination.Slack Coordination.Teams")]
    public void Project_References_OnlyTheProjectsBelowIt(string project, string expected)
    {
        var references = Items(project, "ProjectReference").Select(path => Path.GetFileNameWithoutExtension(path.Replace('\\', '/')));

        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries), references.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Core_ReferencesNoPackageNorFramework()
    {
        Assert.Empty(Items("Coordination.Core", "PackageReference").Concat(Items("Coordination.Core", "FrameworkReference")));
    }

    [Theory]
    [InlineData("Coordination.Slack")]
    [InlineData("Coordination.Teams")]
    public void ChatAdapter_DoesNotPullInAspNetCore(string project)
    {
        Assert.DoesNotContain("Microsoft.AspNetCore.App", Items(project, "FrameworkReference"));
    }

    private static IEnumerable<string> Items(string project, string kind)
    {
        var file = RepositoryFiles.PathOf("src", project, project + ".csproj");
        return XDocument.Load(file).Descendants(kind).Select(e => (string?)e.Attribute("Include") ?? string.Empty);
    }
}
