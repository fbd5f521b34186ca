using Coordination.Bot.Web.Dashboard;

namespace Coordination.Bot.Tests.Dashboard;

public sealed class DashboardTextTests
{
    [Fact]
    public void HtmlWriter_ValuesInHoles_EncodedAndMarkupKept()
    {
        var title = "<script>alert('x')</script> & \"more\"";

        var html = new HtmlWriter().Append($"<td title=\"{title}\">{title} {new Markup("<b>ok</b>")} {3}</td>").ToString();

        Assert.Equal("<td title=\"&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;more&quot;\">&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;more&quot; <b>ok</b> 3</td>", html);
    }

    [Theory]
    [InlineData("America/New_York", "America/New_York", null)]
    [InlineData("Mars/Olympus", "UTC", "Mars/Olympus")]
    [InlineData("../../etc/passwd", "UTC", "../../etc/passwd")]
    [InlineData(null, "UTC", null)]
    public void DashboardView_AskedZone_UsedWhenItNamesOneElseTheFallbackAndSaid(string? tz, string zone, string? unknown)
    {
        var view = DashboardView.For(DateTimeOffset.UnixEpoch, tz, TimeZoneInfo.Utc);

        Assert.Equal(zone, view.Zone.Id);
        Assert.Equal(unknown, view.UnknownZone);
    }
}
