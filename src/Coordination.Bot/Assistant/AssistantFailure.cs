using System.ClientModel;

namespace Coordination.Bot.Assistant;

/// <summary>Why a call to the assistant failed, in words safe to log: the kind of failure and the status, never a body.</summary>
internal static class AssistantFailure
{
    public static string Describe(Exception exception) => exception switch
    {
        ClientResultException { Status: > 0 } result => $"the endpoint answered HTTP {result.Status}",
        HttpRequestException or ClientResultException => "the endpoint could not be reached",
        _ => $"its answer could not be read ({exception.GetType().Name})",
    };
}
