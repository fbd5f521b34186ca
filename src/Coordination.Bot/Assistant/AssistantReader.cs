using System.ClientModel;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Assistant;

/// <summary>
/// The language agent: a sentence addressed to the bot that neither the command forms nor plain English could read is
/// sent alone, with <c>Prompts/command.md</c>, and the one <c>/coord</c> line it answers is read by the ordinary
/// parser. What it reads is only proposed, with Confirm / Edit; nothing happens before Confirm.
/// </summary>
public sealed class AssistantReader(
    IChatClient client, AssistantPrompts prompts, ReadingLimit limit, SealedReadings readings, IOptions<AssistantOptions> options, ILogger<AssistantReader> logger)
{
    public const string Prefix = "/coord ";

    /// <summary>The longest command line taken from the assistant (the button carries it sealed).</summary>
    public const int MaxCommandLength = 500;

    /// <summary>The longest sealed state a button carries (Slack keeps a button's value under 2,000 characters).</summary>
    public const int MaxStateLength = 1_900;

    /// <summary>The proposal with Confirm / Edit, or <c>null</c> when the usual usage answers instead.</summary>
    public async Task<Reply?> ReadAsync(HelpCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Unread is not { Length: > 0 } words || !limit.TryTake(command.Context))
        {
            return null;
        }

        var sentence = SentencePeople.Of(words);
        if (await AskAsync(sentence.Text, cancellationToken) is not { } line)
        {
            return null;
        }

        var text = sentence.Restore(line);
        var read = CommandParser.Parse(text, command.Context);
        Log.AssistantRead(logger, command.Context.Actor.PlatformUserId, read.GetType().Name);
        var state = read is HelpCommand or ConfirmCommand or ConfirmReadingCommand ? null : readings.Seal(command.Context, text);
        return state is null || state.Length > MaxStateLength
            ? null
            : new Reply($"I read this as: `{Shown(text)}`\nConfirm runs it as you; Edit gives you the command to change. Nothing happens before you press Confirm.", Succeeded: false)
            {
                Buttons = MessageButton.ForReading(state),
            };
    }

    /// <summary>A command line as a person reads it: <c>/coord</c>, people as <c>@name</c>, no backticks to break out of the code span.</summary>
    public static string Shown(string command) =>
        Prefix + ThreadTranscript.PersonToken().Replace(command ?? string.Empty, m => m.Groups["name"].Value.Trim() is { Length: > 0 } name ? "@" + name : m.Value)
            .Replace('`', '\'').Trim();

    /// <summary>The words after <c>/coord</c> on the first line of the answer that is a command, if any.</summary>
    internal static string? CommandLine(string? answer) =>
        (answer ?? string.Empty).ReplaceLineEndings("\n").Split('\n')
            .Select(l => l.Trim().Trim('`').Trim())
            .Where(l => l.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) && l.Length - Prefix.Length is > 0 and <= MaxCommandLength)
            .Select(l => l[Prefix.Length..].Trim())
            .FirstOrDefault();

    private async Task<string?> AskAsync(string sentence, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        try
        {
            ChatMessage[] messages = [new(ChatRole.System, prompts.Command), new(ChatRole.User, sentence)];
            var response = await client.GetResponseAsync(messages, new ChatOptions { Temperature = 0, MaxOutputTokens = 200 }, timeout.Token);
            return CommandLine(response.Text);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Log.AssistantReadFailed(logger, $"no answer within {options.Value.Timeout}");
        }
        catch (Exception ex) when (ex is HttpRequestException or ClientResultException or InvalidOperationException)
        {
            Log.AssistantReadFailed(logger, AssistantFailure.Describe(ex));
        }

        return null;
    }
}
