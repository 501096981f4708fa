using Microsoft.Playwright;
using NormsPortal.EndToEndTests.Infrastructure;
using NormsPortal.TestSupport.Accounts;

[assembly: AssemblyFixture(typeof(PortalFixture))]

namespace NormsPortal.EndToEndTests.Infrastructure;

/// <summary>
/// Shared by every test in the assembly: one running portal (see <see cref="PortalAppProcess"/>)
/// and one headless Chromium. Each test opens its own browser context, so cookies and storage never
/// leak from one test into another.
/// </summary>
public sealed class PortalFixture : IAsyncLifetime
{
    /// <summary>Desktop width the tests use unless they are about narrow screens.</summary>
    public const int DesktopWidth = 1280;

    /// <summary>A small phone.</summary>
    public const int PhoneWidth = 375;

    // Blazor connects its circuit after the first paint; on a busy two-core machine that can take
    // longer than Playwright's default five seconds.
    private const float ExpectTimeoutMilliseconds = 15_000;

    // Every journey comes from one loopback address, and the axe runs alone register a dozen accounts: the
    // default limits (10 registrations an hour) would refuse them. The limits have their own tests
    // (RateLimitTests); here they only need to stay out of the way.
    private static readonly Dictionary<string, string> GenerousAccountLimits = new()
    {
        ["RateLimits__Register__PermitLimit"] = "10000",
        ["RateLimits__SignIn__PermitLimit"] = "10000",
    };

    // The first admin, made at start; two-factor sign-in is turned on for it when a test first asks (AdminAsync).
    private static readonly string s_adminEmail = TestPasswords.NewEmail("admin");
    private static readonly string s_adminPassword = TestPasswords.New();

    private readonly SemaphoreSlim _adminEnrolment = new(1, 1);
    private PortalAdmin? _admin;
    private PortalAppProcess? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Where the portal listens.</summary>
    public Uri BaseAddress => App.BaseAddress;

    /// <summary>The running portal, e.g. for its output when a test needs to explain a failure.</summary>
    public PortalAppProcess App => _app ?? throw new InvalidOperationException("The portal has not started.");

    private IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium has not started.");

    public async ValueTask InitializeAsync()
    {
        _app = await PortalAppProcess.StartAsync(
            new Dictionary<string, string>(GenerousAccountLimits) { ["Admin__Email"] = s_adminEmail, ["Admin__Password"] = s_adminPassword },
            TestContext.Current.CancellationToken);

        // Playwright's own browser downloads are not available on the build machines, so the tests
        // drive the distribution's Chromium (test.sh installs Debian's and sets NORMSPORTAL_CHROMIUM).
        var chromium = Environment.GetEnvironmentVariable("NORMSPORTAL_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {chromium}. Install it (apt-get install chromium) or set NORMSPORTAL_CHROMIUM.");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            // Root in a container has no user namespaces for Chromium's sandbox; the rest keeps the
            // browser from reaching out to the network or doing work the tests do not need.
            Args =
            [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
            ],
        });
        Assertions.SetDefaultExpectTimeout(ExpectTimeoutMilliseconds);
    }

    /// <summary>The portal's admin, with two-factor sign-in turned on (once, by the first test that asks).</summary>
    public async Task<PortalAdmin> AdminAsync()
    {
        await _adminEnrolment.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            return _admin ??= await PortalAdmin.EnrolAsync(BaseAddress, s_adminEmail, s_adminPassword, TestContext.Current.CancellationToken);
        }
        finally
        {
            _adminEnrolment.Release();
        }
    }

    /// <summary>
    /// A fresh browser context (no cookies, no storage) on the portal, with the given viewport size
    /// and the operating system colour scheme the page sees through prefers-color-scheme.
    /// </summary>
    public Task<IBrowserContext> NewContextAsync(int width = DesktopWidth, ColorScheme colorScheme = ColorScheme.Light, int height = 800) =>
        Browser.NewContextAsync(ContextOptions(width, colorScheme, height));

    /// <summary>
    /// A context like <see cref="NewContextAsync"/> that starts with the cookies and storage of
    /// <paramref name="storageState"/> (what <see cref="IBrowserContext.StorageStateAsync"/> saved), e.g. a
    /// signed-in account that several tests share instead of each registering its own.
    /// </summary>
    public Task<IBrowserContext> NewContextWithStateAsync(string storageState, int width = DesktopWidth)
    {
        var options = ContextOptions(width, ColorScheme.Light, height: 800);
        options.StorageState = storageState;
        return Browser.NewContextAsync(options);
    }

    private BrowserNewContextOptions ContextOptions(int width, ColorScheme colorScheme, int height) => new()
    {
        BaseURL = BaseAddress.ToString(),
        ViewportSize = new ViewportSize { Width = width, Height = height },
        ColorScheme = colorScheme,
        Locale = "en-GB",
    };

    /// <summary>
    /// A fresh context like <see cref="NewContextAsync"/>, on the portal's address by name
    /// (http://localhost:port/) rather than by IP address: WebAuthn refuses an IP address as the
    /// site of a passkey, and Chromium treats http://localhost as a secure context.
    /// </summary>
    public Task<IBrowserContext> NewLocalhostContextAsync(int width = DesktopWidth) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = new UriBuilder(BaseAddress) { Host = "localhost" }.Uri.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = 800 },
            ColorScheme = ColorScheme.Light,
            Locale = "en-GB",
        });

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
        _adminEnrolment.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
