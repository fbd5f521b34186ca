namespace Coordination.Core.Requests;

/// <summary>A named group of people in a workspace (<c>team backend @a @b</c>): an ask of the team asks each of them.</summary>
public sealed class WorkTeam
{
    public const int MaxNameLength = 50;

    private WorkTeam()
    {
        Name = string.Empty;
    }

    public WorkTeam(Guid workspaceId, string name)
    {
        Id = Guid.CreateVersion7();
        WorkspaceId = workspaceId;
        Name = Normalize(name);
    }

    public Guid Id { get; private set; }

    public Guid WorkspaceId { get; private set; }

    /// <summary>Lower case, without a leading <c>@</c>, "the" or a trailing "team": <c>the Backend team</c> is <c>backend</c>.</summary>
    public string Name { get; private set; }

    public List<Person> Members { get; private set; } = [];

    public void SetMembers(IEnumerable<Person> people)
    {
        Members.Clear();
        Members.AddRange(people.DistinctBy(p => p.Id));
    }

    public static string Normalize(string name)
    {
        var words = name.Trim().TrimStart('@').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words is ["the", _, ..])
        {
            words.RemoveAt(0);
        }

        if (words is [_, .., "team"])
        {
            words.RemoveAt(words.Count - 1);
        }

        var normalized = string.Join('-', words);
        return normalized.Length <= MaxNameLength ? normalized : normalized[..MaxNameLength];
    }
}
