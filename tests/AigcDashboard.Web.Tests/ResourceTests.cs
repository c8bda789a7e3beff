using System.Text.RegularExpressions;
using System.Xml.Linq;
using AigcDashboard.Core.Filtering;
using AigcDashboard.Core.Model;
using AigcDashboard.Core.Tests;

namespace AigcDashboard.Web.Tests;

/// <summary>Every UI string exists in both languages, and every key the components ask for exists.</summary>
public partial class ResourceTests
{
    private static readonly string Resources = Path.Combine(TestData.RepoRoot, "src", "AigcDashboard.Web", "Resources");

    private static Dictionary<string, string> Keys(string file) =>
        XDocument.Load(Path.Combine(Resources, file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    [Fact]
    public void Both_languages_have_the_same_keys_and_no_empty_value()
    {
        var en = Keys("SharedResource.resx");
        var zh = Keys("SharedResource.zh.resx");
        Assert.Equal(en.Keys.Order(), zh.Keys.Order());
        Assert.All(en.Concat(zh), kv => Assert.False(string.IsNullOrWhiteSpace(kv.Value), kv.Key));
    }

    [GeneratedRegex(@"L\[""(?<key>[^""]+)""")]
    private static partial Regex KeyUse();

    [Fact]
    public void Every_key_used_in_a_component_exists()
    {
        var en = Keys("SharedResource.resx");
        var components = Directory.GetFiles(Path.Combine(TestData.RepoRoot, "src", "AigcDashboard.Web", "Components"), "*.razor*", SearchOption.AllDirectories);
        var used = components.SelectMany(f => KeyUse().Matches(File.ReadAllText(f)).Select(m => m.Groups["key"].Value))
            .Where(k => !k.EndsWith('.')) // prefixes completed at run time are checked below
            .Distinct();
        Assert.All(used, k => Assert.True(en.ContainsKey(k), $"missing resource key {k}"));
    }

    [Fact]
    public void Every_vocabulary_term_has_a_label()
    {
        var en = Keys("SharedResource.resx");
        var needed = Vocabulary.Stages.Select(s => "Stage." + s)
            .Concat(Vocabulary.EventCategories.Select(c => "Category." + c))
            .Concat(Vocabulary.MetricKinds.Select(k => "MetricKind." + k))
            .Concat(typeof(FilterError).GetFields().Where(f => f.IsLiteral).Select(f => "FilterError." + f.GetRawConstantValue()))
            .Concat(new[] { "region", "stage", "category", "from", "to" }.Select(p => "Filter." + char.ToUpperInvariant(p[0]) + p[1..]))
            .Concat(TestData.Seeds.Organizations.Select(o => o.Region).OfType<string>().Distinct().Select(r => "Region." + r));
        Assert.All(needed, k => Assert.True(en.ContainsKey(k), $"missing resource key {k}"));
    }
}
