namespace Coordination.Core.Chat;

/// <summary>A button under a message; pressing it sends <see cref="Action"/> with <see cref="Value"/> back.</summary>
public sealed record MessageButton(string Action, string Label, string Value)
{
    public const string Acknowledge = "ack";
    public const string Done = "done";
    public const string Snooze = "snooze";
    public const string Decline = "decline";
    public const string NotMe = "redirect";
    public const string ProceedWithDefault = "default";
    public const string Confirm = "confirm";
    public const string Edit = "edit";
    public const string TrackActionItems = "track-actions";
    public const string RecordDecisions = "record-decisions";
    public const string OpenForm = "open-form";
    public const string DigestUseful = "digest-useful";
    public const string DigestNotUseful = "digest-not-useful";
    public const string WentWell = "went-well";
    public const string WentBadly = "went-badly";
    public const string ConfirmReading = "assistant-confirm";
    public const string EditReading = "assistant-edit";
    public const string AdrFile = "adr-file";

    /// <summary>Under a digest: "was this useful?"</summary>
    public static IReadOnlyList<MessageButton> ForDigest(Guid digestId) =>
        [new(DigestUseful, "👍 Useful", digestId.ToString("N")), new(DigestNotUseful, "👎 Not useful", digestId.ToString("N"))];

    /// <summary>Under the satisfaction question to a resolved request's requester: "how did it go?"</summary>
    public static IReadOnlyList<MessageButton> ForSatisfaction(Guid questionId) =>
        [new(WentWell, "👍 Went well", questionId.ToString("N")), new(WentBadly, "👎 Not well", questionId.ToString("N"))];

    /// <summary>Where a form cannot open at once (it needs a press to open it): a button that opens it.</summary>
    public static MessageButton ForForm(ChatForm form) => new(OpenForm, "Open the form", $"{form.Kind}|{form.State}");

    /// <summary>Under a decision record: make its action items requests, or its decisions decisions.</summary>
    public static IReadOnlyList<MessageButton> ForSummary(string thread) =>
        [new(TrackActionItems, "Track the action items", thread), new(RecordDecisions, "Record the decisions", thread)];

    /// <summary>Under a decision: its architecture decision record as a Markdown file in the thread.</summary>
    public static IReadOnlyList<MessageButton> ForDecision(string decisionKey) => [new(AdrFile, "ADR (Markdown)", decisionKey)];

    /// <summary>Confirm / Edit under a half-understood request; both carry the words as they were written.</summary>
    public static IReadOnlyList<MessageButton> ForConfirmation(string text) => [new(Confirm, "Confirm", text), new(Edit, "Edit", text)];

    /// <summary>Confirm / Edit under what the assistant read a sentence as; both carry its sealed state.</summary>
    public static IReadOnlyList<MessageButton> ForReading(string state) => [new(ConfirmReading, "Confirm", state), new(EditReading, "Edit", state)];

    /// <summary>
    /// One request's buttons in a list of several (the morning summary): each label names the request, so the rows
    /// tell apart; the value is the key, as on the request itself. An escalated request is past snoozing.
    /// </summary>
    public static IReadOnlyList<MessageButton> ForListedRequest(string requestKey, bool snooze = true) =>
    [
        new(Acknowledge, $"Acknowledge {requestKey}", requestKey),
        new(Done, $"Done {requestKey}", requestKey),
        .. snooze ? [new MessageButton(Snooze, $"Snooze {requestKey}…", requestKey)] : Array.Empty<MessageButton>(),
        new(NotMe, $"Not me {requestKey}…", requestKey),
    ];

    /// <summary>The buttons the request and each nudge carry.</summary>
    public static IReadOnlyList<MessageButton> ForRequest(string requestKey) =>
    [
        new(Acknowledge, "Acknowledge", requestKey),
        new(Done, "Done", requestKey),
        new(Snooze, "Snooze…", requestKey),
        new(Decline, "Decline…", requestKey),
        new(NotMe, "Not me…", requestKey),
    ];
}
