using System.Globalization;
using Coordination.Core.Digests;
using Coordination.Core.Requests;

namespace Coordination.Core.Satisfaction;

/// <summary>The wording of the satisfaction question, its answers, and the digest's line of 👍 shares per team.</summary>
public static class SatisfactionText
{
    /// <summary>The direct message to the requester (the renderers make the title safe, like any text).</summary>
    public static string Question(CoordinationRequest request) =>
        $"{request.Key} (*{request.Title}*) is resolved. How did it go? Press 👍 or 👎; "
        + $"to add a note, write `feedback {request.Key} <your note>`. Only you see your answer; the weekly digest counts it in your team's share.";

    public static string Thanks(bool happy, bool changed) =>
        (happy, changed) switch
        {
            (true, false) => "Thanks: glad it went well.",
            (false, false) => "Thanks for saying so. A note on what got in the way helps most: `feedback CR-n <note>`.",
            (true, true) => "Changed to 👍. Thanks.",
            (false, true) => "Changed to 👎. Thanks.",
        };

    /// <summary>"Requesters' 👍 after resolving: backend 80% of 5 · frontend 50% of 2", or <c>null</c> when no team has an answer.</summary>
    public static string? TeamLine(IReadOnlyList<TeamShare> shares)
    {
        var answered = shares.Where(s => s.Share.Total > 0).OrderBy(s => s.Team, StringComparer.Ordinal).ToList();
        if (answered.Count == 0)
        {
            return null;
        }

        var each = answered.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Team} {Math.Round(s.Share.Value!.Value * 100):0}% of {s.Share.Total}"));
        return "Requesters' 👍 after resolving: " + string.Join(" · ", each);
    }
}
