using System.Text;
using AigcDashboard.Core.Editing;
using AigcDashboard.Web.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.OutputCaching;

namespace AigcDashboard.Web.Components.Pages.Admin;

/// <summary>
/// /admin/import: events from a CSV or JSON file in the data API's own formats (what
/// /api/export/events gives). All or nothing: every problem is listed by line and column, and
/// then nothing is written.
/// </summary>
public partial class Import
{
    [SupplyParameterFromForm(FormName = "import")] private IFormFile? File { get; set; }
    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;
    [Inject] private RecordEditor Editor { get; set; } = default!;
    [Inject] private IOutputCacheStore Cache { get; set; } = default!;

    private ImportResult? result;

    private async Task ImportAsync()
    {
        result = await Read() is { } rows ? await Editor.ImportEventsAsync(rows, HttpContext.User.Identity?.Name ?? "?", HttpContext.RequestAborted) : result;
        if (result!.Succeeded) await Cache.EvictByTagAsync(DashboardCachePolicy.DataTag, default);
        else HttpContext.Response.StatusCode = result.State == Core.Data.WriteState.Writable
            ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status503ServiceUnavailable;
    }

    /// <summary>The file's rows, or null with <see cref="result"/> saying why there are none.</summary>
    private async Task<IReadOnlyList<ImportRow>?> Read()
    {
        if (File is null || File.Length == 0) return Refuse(L["Admin.NoFile"]);
        if (File.Length > EventImport.MaxBytes) return Refuse(L["Admin.TooLarge", EventImport.MaxBytes / 1024 / 1024]);
        string text;
        try
        {
            using var reader = new StreamReader(File.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true));
            text = await reader.ReadToEndAsync(HttpContext.RequestAborted);
        }
        catch (DecoderFallbackException)
        {
            return Refuse(L["Admin.NotUtf8"]);
        }
        var json = File.FileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || text.TrimStart('\uFEFF', ' ', '\r', '\n', '\t').StartsWith('[');
        var (rows, errors) = json ? EventImport.ReadJson(text.TrimStart('\uFEFF')) : EventImport.ReadCsv(text);
        if (errors.Count > 0) { result = new ImportResult(0, 0, errors); return null; }
        return rows;
    }

    private IReadOnlyList<ImportRow>? Refuse(string why)
    {
        result = new ImportResult(0, 0, [new ImportError(0, null, "", why)]);
        return null;
    }
}
