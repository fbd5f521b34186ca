using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Microsoft.AspNetCore.DataProtection;

namespace Coordination.Bot.Assistant;

/// <summary>What the assistant read a sentence as: whose sentence, where, the command line, until when it may be confirmed.</summary>
public sealed record Reading(ChatPlatform Platform, string WorkspaceId, string WriterId, string Command, Guid Id, DateTimeOffset Until);

/// <summary>
/// The state under Confirm / Edit, sealed with the host's Data Protection key ring so a press cannot bring back a
/// command the bot did not propose; and the readings already confirmed, so a second press runs nothing twice.
/// </summary>
public sealed class SealedReadings(IDataProtectionProvider protection, TimeProvider time)
{
    /// <summary>How long a reading may wait for its Confirm.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    private readonly IDataProtector _protector = protection.CreateProtector("Coordination.Assistant.Reading");
    private readonly ConcurrentDictionary<Guid, (ChatCommand Press, DateTimeOffset Until)> _confirmed = new();

    public string Seal(CommandContext writer, string command)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var reading = new Reading(writer.Platform, writer.WorkspaceId, writer.Actor.PlatformUserId, command, Guid.NewGuid(), time.GetUtcNow() + Lifetime);
        return _protector.Protect(JsonSerializer.Serialize(reading));
    }

    /// <summary>The reading <paramref name="state"/> holds, or <c>null</c> when it is not one of ours or has expired.</summary>
    public Reading? Open(string state)
    {
        try
        {
            var reading = JsonSerializer.Deserialize<Reading>(_protector.Unprotect(state));
            return reading is not null && reading.Until > time.GetUtcNow() ? reading : null;
        }
        catch (Exception ex) when (ex is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// Marks <paramref name="reading"/> confirmed by <paramref name="press"/>; false when another press did first. The same
    /// press again (its save retried after a conflict) may go on.
    /// </summary>
    public bool TryConfirm(Reading reading, ChatCommand press)
    {
        ArgumentNullException.ThrowIfNull(reading);
        foreach (var expired in _confirmed.Where(c => c.Value.Until <= time.GetUtcNow()).Select(c => c.Key).ToList())
        {
            _confirmed.TryRemove(expired, out _);
        }

        return ReferenceEquals(_confirmed.GetOrAdd(reading.Id, (press, reading.Until)).Press, press);
    }

    /// <summary>The command of a confirmed reading was refused: it may be confirmed again.</summary>
    public void Release(Reading reading, ChatCommand press) =>
        _confirmed.TryRemove(new KeyValuePair<Guid, (ChatCommand, DateTimeOffset)>(reading!.Id, (press, reading.Until)));
}
