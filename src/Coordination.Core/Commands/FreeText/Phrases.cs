namespace Coordination.Core.Commands;

/// <summary>
/// The words and phrases the free-text readers know, as data. Each table is read by generic code
/// (<see cref="Sentence.Match"/>, <see cref="Sentence.Is"/>): rows are lower-case, multi-word rows match word by word,
/// and the longest row that fits wins. A new way to say something is a new row here and a test case.
/// </summary>
internal static class Phrases
{
    /// <summary>Politeness taken off the start of a message: "please", "can you", "go ahead and".</summary>
    public static readonly string[] Opening =
    [
        "please", "pls", "plz", "kindly", "hey", "hi", "hello", "ok", "okay", "so", "yo", "just", "bot",
        "can you", "could you", "would you", "will you", "can u", "could u", "would you mind", "would you be able to",
        "i need you to", "i'd like you to", "i want you to", "go ahead and",
    ];

    /// <summary>Politeness taken off the end of a message (at most three words).</summary>
    public static readonly string[] Closing = ["please", "pls", "plz", "thanks", "thank you", "thx", "ty", "cheers"];

    /// <summary>Verbs of an ask that name the people first: "follow up with @a on …", "ping @a about …".</summary>
    public static readonly string[] FollowUpWith =
    [
        "follow up with", "follow-up with", "followup with", "follow up w/", "check in with", "check with", "touch base with",
        "circle back with", "chase up", "chase", "ping", "nudge", "poke", "ask", "get", "have",
    ];

    /// <summary>Verbs of an ask that name the subject before the people: "follow up on the spec with @a".</summary>
    public static readonly string[] FollowUpOn =
    [
        "follow up on", "follow up about", "follow up regarding", "follow-up on", "follow-up about", "followup on",
        "check in on", "check in about", "chase up",
    ];

    /// <summary>Verbs of an ask to a team or a group: "coordinate the launch with backend".</summary>
    public static readonly string[] CoordinateVerbs =
    [
        "coordinate", "co-ordinate", "organise", "organize", "arrange", "schedule", "set up", "setup", "sync up", "sync", "align", "plan",
    ];

    /// <summary>Words that join the people to the subject: "with @a on …", "remind @a to …".</summary>
    public static readonly string[] Connectors =
        ["on", "about", "regarding", "re", "re:", "concerning", "for", "to", "that", "wrt", "of", "over", "around", ":", "-", "–", "—"];

    /// <summary>Subjects too vague to ask about without confirming.</summary>
    public static readonly string[] Vague =
    [
        "it", "this", "that", "this one", "that one", "the thing", "this thing", "that thing", "things", "stuff", "the stuff",
        "something", "them", "everything", "all that", "it all",
    ];

    /// <summary>Words for a group of people: "the backend team", "the design folks".</summary>
    public static readonly string[] TeamWords = ["team", "teams", "squad", "folks", "people", "crew", "group", "guys", "devs", "engineers"];

    /// <summary>Single words after "coordinate … with" that are not a team's name.</summary>
    public static readonly string[] NotATeam =
        ["me", "us", "you", "him", "her", "them", "everyone", "everybody", "anyone", "someone", "somebody", "people", "all", "team", "it"];

    /// <summary>Words before a team's name that are not part of it.</summary>
    public static readonly string[] TeamArticles = ["the", "our", "my", "a"];

    /// <summary>What starts an ask's default: "otherwise I'll …" (besides <c>default:</c>).</summary>
    public static readonly string[] DefaultMarkers =
    [
        "otherwise i'll", "otherwise i will", "otherwise we'll", "otherwise we will", "else i'll", "else we'll",
        "if nobody answers i'll", "if nobody answers we'll", "if nobody answers i will", "if nobody answers we will",
        "if no one answers i'll", "if no one answers we'll", "if no one answers i will", "if no one answers we will",
        "if nobody replies i'll", "if nobody replies we'll", "if i don't hear back i'll", "if we don't hear back we'll",
        "if there's no answer i'll", "if there's no answer we'll", "failing that i'll", "failing that we'll",
    ];

    /// <summary>Words left over at the end of an ask once its date or escalation is taken ("" is a lone comma).</summary>
    public static readonly string[] TailFillers = ["", "and", "then"];

    /// <summary>Words that put a due date straight after the people: "follow up with @a by Friday on …".</summary>
    public static readonly string[] EarlyDue = ["by", "before"];

    /// <summary>Words before a date a reminder may also use: "remind @a on Friday about …".</summary>
    public static readonly string[] DateAt = ["on", "at"];

    /// <summary>Words that end an ask's subject and start its due date: "… by Friday", "… no later than Friday".</summary>
    public static readonly string[] DueWords = ["by", "before", "due", "than"];

    /// <summary>Forms of "be" before "due by" that keep "due" in the subject: "the report is due by …".</summary>
    public static readonly string[] Be = ["is", "are", "was", "were", "be"];

    /// <summary>Words before something that looks like a date I can't read: "by the 3rd".</summary>
    public static readonly string[] UnreadDueWords = ["by", "before", "until"];

    /// <summary>Phrases that start a decision: "we decided …", "decision: …".</summary>
    public static readonly string[] DecisionTriggers =
    [
        "we decided", "we've decided", "we have decided", "we just decided", "we all decided", "we agreed", "we've agreed",
        "we have agreed", "we all agreed", "we just agreed", "it was decided", "it's decided", "the decision is", "our decision is",
        "final decision", "decision", "decided", "agreed",
    ];

    /// <summary>Triggers that count only when a colon follows them: "decision: …", not "decision meeting at 3".</summary>
    public static readonly string[] DecisionTriggersNeedingColon = ["decision", "decided", "agreed"];

    /// <summary>Words between the trigger and the decision itself: "we decided that …", "we agreed on …".</summary>
    public static readonly string[] DecisionOpeners = ["that", "to", "on", "upon", ":", "-", "—"];

    /// <summary>Words before a request key that a decision is about: "for CR-3:", "re CR-3".</summary>
    public static readonly string[] KeyPrepositions = ["for", "on", "about", "re", "re:", "regarding", "in"];

    /// <summary>Words after a request key before the decision: "CR-3 - we ship".</summary>
    public static readonly string[] KeyDashes = [":", "-", "—"];

    /// <summary>Words after an owner that make them a next step's owner: "@a will …", "@a is going to …".</summary>
    public static readonly string[] StepVerbs =
    [
        "will", "'ll", "is going to", "are going to", "is gonna", "to", "should", "must", "needs to", "need to", "has to", "have to",
        "shall", "can", ":", "-", "–", "—",
    ];

    /// <summary>Verbs that make a step certain though they are part of its action: "@a owns the rollout".</summary>
    public static readonly string[] StepOwnVerbs = ["owns", "own", "takes", "take", "handles", "handle", "drives", "leads"];

    /// <summary>Words (a trailing colon ignored) after which every mention starts a step: "next steps: @a …".</summary>
    public static readonly string[] StepListMarkers = ["next", "steps", "next-steps", "-", "•", "*"];

    /// <summary>Words after which a mention may start a new step (besides a word ending in , ; . or :).</summary>
    public static readonly string[] StepBoundaries = ["and", "then", "so", "also", "plus", "next", "-", "–", "—", "•", "*"];

    /// <summary>Words that end a decision's text and start its rationale.</summary>
    public static readonly string[] Because = ["because", "because:"];

    /// <summary>Words left dangling at the end of a decision or a step, dropped (case-insensitive).</summary>
    public static readonly string[] TrailingJoiners = ["and", "then", "so", "also", "next", "next steps", "next-steps"];

    /// <summary>Long-term flags taken off either end of a decision.</summary>
    public static readonly string[] LongTermFlags = ["long-term", "--long-term", "(long-term)", "[long-term]", "—long-term"];

    /// <summary>Anything that marks a decision long-term, wherever it is; inside the text it stays part of it.</summary>
    public static readonly string[] LongTermMarks = [.. LongTermFlags, "longterm", "long term"];

    /// <summary>How people say it is about them: "I'm away", "I'll be out".</summary>
    public static readonly string[] Subjects =
    [
        "i'm", "im", "i am", "i'll be", "ill be", "i will be", "i'm going to be", "i am going to be", "i'm gonna be", "i'm currently",
        "i am currently",
    ];

    /// <summary>Ways to be away: "out of office", "on parental leave".</summary>
    public static readonly string[] AwayStates =
    [
        "away", "out", "off", "ooo", "oof", "out of office", "out of the office", "on vacation", "on holiday", "on holidays",
        "on leave", "on pto", "on annual leave", "on parental leave", "on sick leave", "off sick", "out sick", "travelling",
        "traveling", "offline", "on a trip", "on the road",
    ];

    /// <summary>Short away states that need a subject or "until" to count: "out until Monday", not "out of ideas".</summary>
    public static readonly string[] AmbiguousAwayStates = ["out", "off"];

    /// <summary>Words before the date an absence ends.</summary>
    public static readonly string[] Until = ["until", "till", "til", "'til", "untill", "up until", "until at least"];

    /// <summary>Words that start an absence in the future, which I can't record: "away from Monday".</summary>
    public static readonly string[] AwayFrom = ["from", "starting", "beginning"];

    /// <summary>Words between an away state and "back": "out - back Monday".</summary>
    public static readonly string[] BackJoiners = ["", "and", "-", "–", "—"];

    /// <summary>Words between "back" and its date: "back on Monday".</summary>
    public static readonly string[] BackDateWords = ["on", "by"];

    /// <summary>What may follow <c>back</c> (besides "from …").</summary>
    public static readonly string[] BackRests = ["", "now", "again", "now again", "in the office", "at work", "online", "at my desk"];

    /// <summary>Questions before a request key answered in one line, who it waits on: "who is blocking CR-3?".</summary>
    public static readonly string[] Blocking =
    [
        "who is blocking", "who's blocking", "whos blocking", "who are blocking", "who is still blocking", "who's still blocking",
        "what is blocking", "what's blocking", "whats blocking", "what is still blocking", "what's still blocking",
        "who is holding up", "who's holding up", "whos holding up", "what is holding up", "what's holding up",
    ];

    /// <summary>Words after "summarize" that mean this thread.</summary>
    public static readonly string[] ThisThread =
    [
        "", "this", "this thread", "the thread", "this conversation", "the conversation", "this discussion", "the discussion",
    ];

    /// <summary>"not me": the start of a hand-over.</summary>
    public static readonly string[] NotMe = ["not me", "not mine"];

    /// <summary>Openings of a meeting request: "find 30 minutes with @a", "let's find an hour with @a".</summary>
    public static readonly string[] FindTime = ["find", "let's find", "lets find", "let us find", "find me", "find us"];
}
