using Coordination.Bot.Engine;
using Coordination.Bot.Engine.Help;
using Coordination.Core.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace Coordination.Bot.Tests.Engine;

public sealed class CommandRoutesTests
{
    [Fact]
    public void AddCommandHandling_EveryChatCommand_RoutedOnce()
    {
        var services = new ServiceCollection().AddCommandHandling();

        var routed = services.Select(d => d.ImplementationInstance).OfType<CommandRoute>().Select(r => r.CommandType.Name).Order().ToList();

        var commands = typeof(ChatCommand).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(ChatCommand)) && !t.IsAbstract)
            .Select(t => t.Name).Order().ToList();
        Assert.Equal(commands, routed);
    }

    [Fact]
    public void CommandRoutes_OneCommandRoutedTwice_Throws()
    {
        CommandRoute[] routes = [CommandRoute.To<HelpCommand, HelpHandler>(), CommandRoute.To<HelpCommand, HelpHandler>()];

        var thrown = Assert.Throws<InvalidOperationException>(() => new CommandRoutes(routes));

        Assert.Contains(nameof(HelpCommand), thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CommandRoutes_UnroutedCommand_NotFound()
    {
        var routes = new CommandRoutes([CommandRoute.To<HelpCommand, HelpHandler>()]);

        Assert.NotNull(routes.Find(typeof(HelpCommand)));
        Assert.Null(routes.Find(typeof(AskCommand)));
    }
}
