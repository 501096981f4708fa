using NormsPortal.Web.Components;
using NormsPortal.Web.Features.Api;
using NormsPortal.Web.Infrastructure.Database;

var builder = WebApplication.CreateBuilder(args);

// Add services to the container.
builder.AddPortalDatabase();
builder.Services.AddReadApi();
builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents();

var app = builder.Build();
if (args.Contains(DatabaseMigrator.MigrateSwitch))
{
    await DatabaseMigrator.MigrateAsync(app.Services, CancellationToken.None);
    return;
}

await app.MigrateOnStartupAsync();

// Configure the HTTP request pipeline.
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    // The default HSTS value is 30 days. You may want to change this for production scenarios, see https://aka.ms/aspnetcore-hsts.
    app.UseHsts();
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseHttpsRedirection();

app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

app.MapHealthChecks("/health/ready");
app.MapGroup("/api/v1").MapReadApi();
await app.RunAsync();
