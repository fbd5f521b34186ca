using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Coordination.Bot.Tests.Browser;

/// <summary>
/// A real headless Chromium (Debian's <c>chromium</c>, driven through its <c>chromedriver</c>; <c>tests/run.sh</c>
/// installs both). Screenshots go to <c>artifacts/screenshots</c> at the repository root.
/// </summary>
public sealed class Chromium : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly ChromeDriverService _service;

    private Chromium(ChromeDriverService service, ChromeDriver driver)
    {
        _service = service;
        Driver = driver;
    }

    public ChromeDriver Driver { get; }

    public static Chromium Start(int width = 1280, int height = 900)
    {
        var driverPath = Find("chromedriver") ?? throw new InvalidOperationException("chromedriver is not installed: run tests/run.sh, which installs Debian's chromium-driver.");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(driverPath)!, Path.GetFileName(driverPath));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = Find("chromium") ?? Find("chromium-browser") };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", $"--window-size={width},{height}", "--lang=en-GB");
        var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        return new Chromium(service, driver);
    }

    /// <summary>Waits until <paramref name="condition"/> holds (or fails the test after 15 s).</summary>
    /// <summary>Waits for <paramref name="condition"/>; an element the page redrew meanwhile is looked for again, not a failure.</summary>
    public T Until<T>(Func<IWebDriver, T> condition)
    {
        var wait = new WebDriverWait(Driver, Patience);
        wait.IgnoreExceptionTypes(typeof(StaleElementReferenceException));
        return wait.Until(condition);
    }

    public IWebElement Find(By by) => Until(d => d.FindElement(by));

    /// <summary>Clicks what <paramref name="by"/> finds, finding it again if the page redrew it before the click landed.</summary>
    public void Click(By by) => Until(d =>
    {
        d.FindElement(by).Click();
        return true;
    });

    /// <summary>Saves the page as <c>artifacts/screenshots/<paramref name="name"/>.png</c>; the path.</summary>
    public string Screenshot(string name)
    {
        var folder = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        Driver.GetScreenshot().SaveAsFile(path);
        return path;
    }

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
        _service.Dispose();
    }

    private static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, program)).FirstOrDefault(File.Exists);

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Coordination.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? AppContext.BaseDirectory;
    }
}
