using AigcDashboard.Core.Editing;
using AigcDashboard.Core.Exchange;
using AigcDashboard.Core.Model;
using AigcDashboard.Web.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace AigcDashboard.Web.Components.Pages.Admin;

/// <summary>
/// /admin/import: the exports of every kind (/api/export/{kind}, CSV or JSON) and of everything
/// (/api/export), and an import that reads them back. All or nothing: every problem is listed
/// by line and column, and then nothing is written. An admin may replace everything with an
/// export of everything, which also deletes what the file does not hold.
/// </summary>
public partial class Import
{
    public const int MaxBytes = 20 * 1024 * 1024;
    private const string Everything = "everything";
    private const int MaxErrorsShown = 500;

    [SupplyParameterFromForm(FormName = "import")] private IFormFile? File { get; set; }
    [SupplyParameterFromForm(FormName = "import")] private string? What { get; set; }
    [SupplyParameterFromForm(FormName = "import")] private bool Replace { get; set; }
    /// <summary>Set by <see cref="OversizedImportCheck"/>: the last post was too large to read.</summary>
    [SupplyParameterFromQuery(Name = OversizedImportCheck.TooLarge)] private string? TooLarge { get; set; }
    [Inject] private RecordEditor Editor { get; set; } = default!;
    [Inject] private DataChanges Changes { get; set; } = default!;

    private ImportResult? result;
    private IReadOnlyDictionary<string, int> counts = new Dictionary<string, int>();

    private string TooLargeMessage => L["Admin.TooLarge", MaxBytes / 1024 / 1024];

    private bool MayReplace => HttpContext!.User.IsInRole(Roles.Admin);

    protected override async Task OnInitializedAsync()
    {
        What ??= Everything;
        if (TooLarge == "1" && HttpMethods.IsGet(HttpContext!.Request.Method)) Refuse(TooLargeMessage);
        counts = await Editor.CountsAsync(HttpContext!.RequestAborted);
    }

    private string KindLabel(string name) => L[name switch
    {
        "organizations" => "Admin.Organizations",
        "events" => "Admin.Events",
        "funding-rounds" => "Admin.Rounds",
        "metrics" => "Admin.Metrics",
        _ => "Admin.Placements",
    }];

    private async Task ImportAsync()
    {
        result = await Read() is { } parts
            ? await Editor.ImportAsync(parts, HttpContext!.User.Identity?.Name ?? "?", Replace, HttpContext!.RequestAborted)
            : result;
        if (result!.Succeeded)
        {
            if (result.Changed) await Changes.CommittedAsync();
            counts = await Editor.CountsAsync(HttpContext!.RequestAborted);
        }
        else HttpContext!.Response.StatusCode = result.State == Core.Data.WriteState.Writable
            ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status503ServiceUnavailable;
    }

    /// <summary>The file's records, or null with <see cref="result"/> saying why there are none.</summary>
    private async Task<IReadOnlyList<IImportPart>?> Read()
    {
        var format = What == Everything ? null : ExchangeFormats.Find(What ?? "");
        if (What != Everything && format is null) return Refuse(L["Admin.ImportWhatUnknown"]);
        if (Replace && !MayReplace) return Refuse(L["Admin.ReplaceNeedsAdmin"]);
        if (Replace && format is not null) return Refuse(L["Admin.ReplaceNeedsEverything"]);
        if (File is null || File.Length == 0) return Refuse(L["Admin.NoFile"]);
        if (File.Length > MaxBytes) return Refuse(TooLargeMessage);
        using var bytes = new MemoryStream((int)File.Length);
        await File.CopyToAsync(bytes, HttpContext!.RequestAborted);
        if (ImportText.Decode(bytes.GetBuffer().AsSpan(0, (int)bytes.Length)) is not { } text) return Refuse(L["Admin.NotUtf8"]);

        var json = File.FileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || text.TrimStart('\uFEFF', ' ', '\r', '\n', '\t').StartsWith('[');
        if (format is null)
        {
            var (parts, errors) = ExportBundle.Read(text);
            result = errors.Count > 0 ? ImportResult.Refused(errors) : null;
            return errors.Count > 0 ? null : parts;
        }
        var read = json ? format.ReadJson(text) : format.ReadCsv(text);
        if (read.Part is null) { result = ImportResult.Refused(read.Errors); return null; }
        return [read.Part];
    }

    private IReadOnlyList<IImportPart>? Refuse(string why)
    {
        result = ImportResult.Refused([new ImportError(0, null, "", why)]);
        return null;
    }
}
