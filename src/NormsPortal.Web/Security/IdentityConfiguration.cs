using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NormsPortal.Data;
using NormsPortal.Data.Model;
using NormsPortal.Web.Api;
using NormsPortal.Web.Features.Accounts;
using NormsPortal.Web.Security.SecondFactor;
using NormsPortal.Web.Security.Sessions;

namespace NormsPortal.Web.Security;

/// <summary>
/// Accounts: ASP.NET Core Identity on the portal's database, signed in by cookie in the browser or by
/// bearer token from scripts. One scheme picks between them per request, so every protected endpoint
/// accepts either; pages that need a user send the browser to sign in, the API answers 401 or 403.
/// </summary>
public static class IdentityConfiguration
{
    /// <summary>The default scheme: the bearer token when the request carries one, else the cookie.</summary>
    public const string CookieOrBearerScheme = "CookieOrBearer";

    public const string LoginPath = "/account/login";
    public const string LogoutPath = "/account/logout";
    public const string AccessDeniedPath = "/account/access-denied";

    public static WebApplicationBuilder AddPortalIdentity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<AccountOptions>()
            .BindConfiguration(AccountOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddAuthentication(CookieOrBearerScheme)
            .AddPolicyScheme(CookieOrBearerScheme, "Cookie or bearer token", options =>
                options.ForwardDefaultSelector = context => CarriesBearerToken(context.Request)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddIdentityCookies();

        services.AddIdentityCore<PortalUser>(ConfigureIdentity)
            .AddRoles<IdentityRole>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<OnceOnlyAuthenticatorTokenProvider>(OnceOnlyAuthenticatorTokenProvider.ProviderName)
            .AddApiEndpoints()
            .AddUserManager<SessionUserManager>()
            // Last: AddApiEndpoints registers Identity's own sign-in manager, and the last registration wins.
            .AddSignInManager<PortalSignInManager>();

        var secureCookies = !builder.Environment.IsDevelopment();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<AccountOptions>>((cookie, accounts) => ConfigureApplicationCookie(cookie, accounts.Value));
        // Every Identity cookie (sign-in, two-factor step, remembered browser): script cannot read it,
        // it stays on this site, and outside development it travels over HTTPS only.
        services.PostConfigureAll<CookieAuthenticationOptions>(cookie =>
        {
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        services.AddOptions<BearerTokenOptions>(IdentityConstants.BearerScheme)
            .Configure<IOptions<AccountOptions>>((bearer, accounts) =>
            {
                bearer.BearerTokenExpiration = accounts.Value.AccessTokenLifetime;
                bearer.RefreshTokenExpiration = accounts.Value.RefreshTokenLifetime;
            });
        // A changed security stamp (new password, removed role, ended sessions) signs the cookie out within a minute.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = SecurityStampRevalidation.Interval);

        services.AddAuthorizationBuilder()
            .AddPolicy(PortalPolicies.Admin, policy => policy
                .RequireAuthenticatedUser()
                .RequireRole(PortalRoles.Admin)
                .AddRequirements(new SecondFactorRequirement()));
        services.AddAdminSecondFactor();

        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, SecurityStampRevalidation>();
        services.AddAccountsFeature();
        return builder;
    }

    /// <summary>
    /// Place after routing and CORS, before anything that reads the user. The authentication middleware must be in
    /// this pipeline itself, not in a branch of it: ASP.NET Core puts one of its own in front of any pipeline that
    /// has none, which would authenticate every request before routing, and the others a second time. A request for
    /// a shared page is not authenticated all the same (<see cref="SessionCheckingAuthenticationService"/>).
    /// </summary>
    public static IApplicationBuilder UsePortalAuthentication(this IApplicationBuilder app) =>
        app.UseAuthentication().UseAuthorization();

    private static void ConfigureIdentity(IdentityOptions options)
    {
        options.Stores.SchemaVersion = IdentitySchema.Version;
        options.User.RequireUniqueEmail = true;
        options.Tokens.AuthenticatorTokenProvider = OnceOnlyAuthenticatorTokenProvider.ProviderName;

        // ASVS 2.1: length, not composition; the common-password check is a validator of its own.
        options.Password.RequiredLength = 12;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 1;

        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
    }

    private static void ConfigureApplicationCookie(CookieAuthenticationOptions cookie, AccountOptions accounts)
    {
        cookie.LoginPath = LoginPath;
        cookie.LogoutPath = LogoutPath;
        cookie.AccessDeniedPath = AccessDeniedPath;
        cookie.ExpireTimeSpan = accounts.CookieLifetime;
        cookie.SlidingExpiration = true;
        // The API never redirects: a script asked for data, not for a sign-in page.
        cookie.Events.OnRedirectToLogin = context => AnswerApiOrRedirect(context, StatusCodes.Status401Unauthorized);
        cookie.Events.OnRedirectToAccessDenied = context => AnswerApiOrRedirect(context, StatusCodes.Status403Forbidden);
    }

    private static Task AnswerApiOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int apiStatus)
    {
        if (ApiRoutes.IsApiPath(context.Request.Path))
        {
            context.Response.StatusCode = apiStatus;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    private static bool CarriesBearerToken(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}
