using Coordination.Bot.Web.Dashboard;

namespace Coordination.Bot.Tests.Dashboard;

public sealed class DashboardTextTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+31 20", "'+31 20")]
    [InlineData("-5", "'-5")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tindented", "'\tindented")]
    [InlineData("=HYPERLINK(\"x\",\"y\")", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"")]
    [InlineData("a=b", "a=b")]
    public void EvidenceCsvField_Value_QuotedPerRfc4180AndNeverAFormula(string? value, string expected) =>
        Assert.Equal(expected, EvidenceCsv.Field(value));

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
