using Coordination.Core.Chat;
using Coordination.Core.Commands;

namespace Coordination.Bot.Tests;

/// <summary>A small cast in one local workspace.</summary>
public static class People
{
    public const string Workspace = "T-TEST";
    public static readonly ThreadRef Channel = new("#platform", null);

    public static readonly PersonRef Alice = new("U-ALICE", "Alice");
    public static readonly PersonRef Bob = new("U-BOB", "Bob");
    public static readonly PersonRef Carol = new("U-CAROL", "Carol");
    public static readonly PersonRef Dan = new("U-DAN", "Dan");

    public static CommandContext As(PersonRef person, ThreadRef? where = null) =>
        new(ChatPlatform.Local, Workspace, person, where ?? Channel);

    /// <summary>As <paramref name="person"/>, vouched for as a workspace admin (who may act on anyone).</summary>
    public static CommandContext AsAdmin(PersonRef person, ThreadRef? where = null) =>
        As(person, where) with { ActorIsWorkspaceAdmin = true };
}
