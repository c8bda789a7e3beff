using System.Globalization;
using System.Xml.Linq;
using AigcDashboard.Core.Editing;
using AigcDashboard.Core.Exchange;
using AigcDashboard.Core.Tests;

namespace AigcDashboard.Web.Tests;

/// <summary>Every problem Core reports about an edited or imported value has a code that the pages
/// say in both languages ("Check.{code}"), and the English resource says exactly what Core says.</summary>
public class CheckMessageTests
{
    private static readonly string Resources = Path.Combine(TestData.RepoRoot, "src", "AigcDashboard.Web", "Resources");

    private static Dictionary<string, string> Strings(string file) =>
        XDocument.Load(Path.Combine(Resources, file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    [Fact]
    public async Task Every_check_has_both_languages_and_the_english_is_cores_message()
    {
        var said = (await EveryKindOfProblemAsync()).ToList();
        var en = Strings("SharedResource.resx");
        var zh = Strings("SharedResource.zh.resx");

        Assert.All(said, p => Assert.NotNull(p.Code));
        var checks = en.Keys.Where(k => k.StartsWith("Check.", StringComparison.Ordinal)).Select(k => k["Check.".Length..]).Order().ToList();
        Assert.Equal(checks, said.Select(p => p.Code!).Distinct().Order()); // every code is said somewhere, and no key is left unused
        foreach (var (code, args, message) in said)
            Assert.Equal(message, string.Format(CultureInfo.InvariantCulture, en["Check." + code], [.. args]));
        Assert.All(checks, code => Assert.Equal(Placeholders(en["Check." + code]), Placeholders(zh["Check." + code])));
    }

    private static IEnumerable<string> Placeholders(string template) =>
        System.Text.RegularExpressions.Regex.Matches(template, @"\{\d+\}").Select(m => m.Value).Distinct().Order();

    /// <summary>At least one of every problem there is: bad inputs of every kind, a save and a
    /// deletion the database refuses, and broken files of every format.</summary>
    private static async Task<IEnumerable<(string? Code, IReadOnlyList<string> Args, string Message)>> EveryKindOfProblemAsync()
    {
        var none = new KnownIds(new HashSet<string> { "S0" }, new HashSet<string>());
        var fields = new List<FieldError>();
        fields.AddRange(EventKind.Instance.Validate(new EventInput
        {
            Date = "x", Category = "x", Region = "ZZ", Stage = "x", Organizations = "nobody", SourceId = "x", Basis = "x", Version = -1,
        }, none));
        fields.AddRange(OrganizationKind.Instance.Validate(new OrganizationInput { Region = "ZZ" }, none));
        fields.AddRange(FundingRoundKind.Instance.Validate(new FundingRoundInput
        {
            Organization = "nobody", Amount = "lots", Currency = "dollars", Reported = new string('x', 300),
        }, none));
        fields.AddRange(MetricKind.Instance.Validate(new MetricInput { Organization = "nobody", Region = "ZZ", Value = "x", Currency = "x" }, none));
        fields.AddRange(MetricKind.Instance.Validate(new MetricInput { Value = "5", ValueHigh = "1" }, none));
        fields.AddRange(PlacementKind.Instance.Validate(new PlacementInput { BusinessModels = "barter" }, none));

        using var database = new SeededDatabase();
        var editor = new RecordEditor(database.CreateContext(), TimeProvider.System);
        var openai = (await editor.FindAsync(OrganizationKind.Instance, "openai"))!;
        fields.AddRange((await editor.SaveAsync(OrganizationKind.Instance, openai, isNew: true, "alice")).Errors!);
        fields.AddRange((await editor.DeleteAsync(OrganizationKind.Instance, "openai", openai.Version, "alice")).Errors!);

        var imports = new List<ImportError>();
        var repeated = new EventInput { Id = "ev-twice" };
        imports.AddRange((await editor.ImportAsync(EventKind.Instance, [(2, repeated), (3, repeated)], "alice")).Errors);
        imports.AddRange((await editor.ImportAsync(EventKind.Instance, Enumerable.Repeat((2, repeated), RecordEditor.MaxImportRows + 1).ToList(), "alice")).Errors);
        imports.AddRange((await editor.ImportAsync([], "alice", replace: true)).Errors);
        const string header = "id,date,category,title_zh,title_en,description_zh,description_en,source,locator,basis,highlight\r\n";
        foreach (var csv in new[] { "", header + "\"open", "id\r\n", header.TrimEnd() + ",id\r\n", header + "a,b\r\n", header + "a,b,c,d,e,f,g,h,i,j,maybe\r\n", header + "\"a\"b,c\r\n", header + "a\"b,c\r\n" })
            imports.AddRange(ExchangeFormats.Events.ReadCsv(csv).Errors);
        foreach (var json in new[] { "[", "{}", "{\"format\": 1}", "[1]", "[{\"titleEn\": 1, \"highlight\": 1, \"organizations\": 1}]" })
            imports.AddRange(ExchangeFormats.Events.ReadJson(json).Errors);
        imports.AddRange(ExchangeFormats.Metrics.ReadJson("[{\"value\": true}]").Errors);
        foreach (var bundle in new[]
        {
            "[]", "{\"format\": \"aigc-dashboard-export\"}",
            "{\"format\": \"aigc-dashboard-export\", \"version\": 1, \"events\": [], \"events\": [], \"people\": [], \"metrics\": {}}",
        })
            imports.AddRange(ExportBundle.Read(bundle).Errors);

        return fields.Select(f => (f.Code, f.Args ?? [], f.Message)).Concat(imports.Select(i => (i.Code, i.Args ?? [], i.Message)));
    }
}
