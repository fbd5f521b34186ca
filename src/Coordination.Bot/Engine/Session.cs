using Coordination.Core.Requests;

namespace Coordination.Bot.Engine;

/// <summary>Who is acting, in which workspace, and when: what every command handler decides with.</summary>
public sealed record Session(Workspace Workspace, Person Actor, DateTimeOffset Now)
{
    /// <summary>The platform vouches the actor administers the workspace (besides the flag recorded on them).</summary>
    public bool ActorIsAdmin { get; init; }
}
