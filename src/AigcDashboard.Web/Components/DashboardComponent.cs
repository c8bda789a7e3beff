using AigcDashboard.Web.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace AigcDashboard.Web.Components;

/// <summary>Base of every component: the UI strings and the current request's filter and language.</summary>
public abstract class DashboardComponent : ComponentBase
{
    [Inject] protected IStringLocalizer<SharedResource> L { get; set; } = default!;
    [Inject] protected DashboardRequest Request { get; set; } = default!;
}
