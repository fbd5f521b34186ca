using System.Collections.Frozen;

namespace Coordination.Bot.Engine;

/// <summary>
/// The dispatch table, built once from every registered <see cref="CommandRoute"/>. A command type with two routes is a
/// registration mistake, so building the table fails rather than pick one.
/// </summary>
public sealed class CommandRoutes
{
    private readonly FrozenDictionary<Type, CommandRoute> _routes;

    public CommandRoutes(IEnumerable<CommandRoute> routes)
    {
        var table = new Dictionary<Type, CommandRoute>();
        foreach (var route in routes)
        {
            if (!table.TryAdd(route.CommandType, route))
            {
                throw new InvalidOperationException($"{route.CommandType.Name} is routed to two handlers; register one.");
            }
        }

        _routes = table.ToFrozenDictionary();
    }

    /// <summary>The route for commands of exactly <paramref name="commandType"/>, if any.</summary>
    public CommandRoute? Find(Type commandType) => _routes.GetValueOrDefault(commandType);
}
