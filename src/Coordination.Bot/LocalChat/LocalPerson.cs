using Coordination.Core.Chat;
using Coordination.Core.Commands;

namespace Coordination.Bot.LocalChat;

/// <summary>Someone to act as on the local chat page.</summary>
public sealed record LocalPerson(string Id, string Name, string TimeZone, string? LeadId, string Role)
{
    public PersonRef Ref => new(Id, Name);

    public Mention Mention => new(Id, Name);

    /// <summary><c>&lt;@ID|Name&gt;</c>: how the command language reads a mention.</summary>
    public string Token => $"<@{Id}|{Name}>";
}
