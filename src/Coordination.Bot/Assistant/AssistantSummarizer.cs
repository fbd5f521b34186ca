using System.ClientModel;
using System.Text.Json;
using Coordination.Core.Documentation;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Assistant;

/// <summary>
/// The documentation agent: a thread's decision record drafted by the assistant from that thread's messages alone,
/// with the prompt of <c>Prompts/decision-record.md</c>, checked and put in the rules' record. When the assistant is
/// slow, fails or answers something else, the rules' record is the answer, and the log says why (never what was said).
/// </summary>
public sealed class AssistantSummarizer(
    IChatClient client, AssistantPrompts prompts, RuleBasedSummarizer rules, IOptions<AssistantOptions> options, ILogger<AssistantSummarizer> logger)
    : IThreadSummarizer
{
    public DecisionRecord Summarize(IReadOnlyList<ThreadMessage> thread, string? title = null) => rules.Summarize(thread, title);

    public async Task<DecisionRecord> SummarizeAsync(IReadOnlyList<ThreadMessage> thread, string? title, CancellationToken cancellationToken)
    {
        var ruled = rules.Summarize(thread, title);
        var transcript = ThreadTranscript.Of(thread, options.Value.MaxThreadCharacters);
        if (transcript.Text.Length == 0)
        {
            return ruled;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        try
        {
            ChatMessage[] messages = [new(ChatRole.System, prompts.DecisionRecord), new(ChatRole.User, transcript.Text)];
            var response = await client.GetResponseAsync<DraftedRecord>(messages, cancellationToken: timeout.Token);
            if (response.TryGetResult(out var draft) && draft is not null)
            {
                return draft.ToRecord(ruled, transcript.People);
            }

            Log.AssistantDraftNotUsed(logger, "the answer was not the JSON asked for");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Log.AssistantDraftNotUsed(logger, $"no answer within {options.Value.Timeout}");
        }
        catch (Exception ex) when (ex is HttpRequestException or ClientResultException or JsonException or InvalidOperationException)
        {
            Log.AssistantDraftNotUsed(logger, AssistantFailure.Describe(ex));
        }

        return ruled;
    }
}
