namespace Coordination.Core.Requests;

/// <summary>How a requested change to a request went. Only <see cref="Applied"/> changed anything.</summary>
public enum ChangeResult
{
    Applied,

    /// <summary>The person may not do this (not a stakeholder, not the requester).</summary>
    NotAllowed,

    /// <summary>Nothing to change: it was already so.</summary>
    Unchanged,

    /// <summary>The request is resolved or cancelled.</summary>
    Closed,
}
