using System.Text.Json;
using System.Text.RegularExpressions;
using AigcDashboard.Core.Model;
using AigcDashboard.Core.Seeding;

namespace AigcDashboard.Core.Tests;

/// <summary>The curated data set itself: valid, complete where it must be, traceable, in our own words.</summary>
public class SeedDataTests
{
    private static readonly SeedSet Seeds = TestData.Seeds;

    [Fact]
    public void Every_file_loads_against_its_schema_with_unique_ids_and_resolving_references()
    {
        // SeedLoader validates each file against seeds/schemas and checks ids and references.
        Assert.Equal(5, Seeds.Sources.Count);
        Assert.NotEmpty(Seeds.Organizations);
        Assert.NotEmpty(Seeds.Events);
        Assert.NotEmpty(Seeds.FundingRounds);
        Assert.NotEmpty(Seeds.Metrics);
        Assert.NotEmpty(Seeds.Placements);
    }

    [Fact]
    public void Every_article_supports_events_organizations_figures_and_placements()
    {
        foreach (var s in new[] { "S0", "S1", "S2", "S3", "S4" })
        {
            Assert.Contains(Seeds.Events, e => e.Source == s);
            Assert.Contains(Seeds.Organizations, o => o.Source == s);
            Assert.Contains(Seeds.Metrics, m => m.Source == s);
            Assert.Contains(Seeds.Placements, p => p.Source == s);
        }
    }

    [Theory]
    [InlineData("2022-04-06", "openai", "US")]        // DALL-E 2
    [InlineData("2022-08-22", "stability-ai", "GB")]  // Stable Diffusion
    [InlineData("2022-11-30", "openai", "US")]        // ChatGPT
    [InlineData("2023-08-31", "baidu", "CN")]         // first batch of approved Chinese models
    [InlineData("2023-09-13", "alibaba-cloud", "CN")] // Tongyi Qianwen opens to the public
    public void The_stories_the_dashboard_tells_are_in_the_data(string date, string org, string region)
    {
        Assert.Contains(Seeds.Events, e => e.Date == date && e.Precision == "day" && e.OrgIds.Contains(org) && e.Region == region);
    }

    [Fact]
    public void Chinas_first_approval_batch_is_a_regulatory_event()
    {
        Assert.Contains(Seeds.Events, e => e.Date == "2023-08-31" && e.Category == "regulatory-approval" && e.Region == "CN" && e.OrgIds.Contains("baidu"));
    }

    [Theory]
    [InlineData("stability-ai", 101_000_000L, 1_000_000_000L)]
    [InlineData("runway", 50_000_000L, 500_000_000L)]
    [InlineData("hour-one", 20_000_000L, null)]
    [InlineData("twelve-labs", 12_000_000L, null)]
    public void Reported_rounds_carry_amount_currency_and_valuation(string org, long amount, long? valuation)
    {
        var r = Assert.Single(Seeds.FundingRounds, r => r.OrgId == org);
        Assert.Equal(amount, r.Amount);
        Assert.Equal("USD", r.Currency);
        Assert.Equal(valuation, r.Valuation);
        Assert.False(string.IsNullOrWhiteSpace(r.Reported));
    }

    [Fact]
    public void A_month_only_date_stays_a_month()
    {
        var chatGptPlus = Assert.Single(Seeds.Events, e => e.Id == "ev-chatgpt-plus-launch");
        Assert.Equal("2023-02", chatGptPlus.Date);
        Assert.Equal("month", chatGptPlus.Precision);
    }

    [Fact]
    public void Placements_are_classifications_and_everything_else_says_what_it_is()
    {
        Assert.All(Seeds.Placements, p => Assert.Equal("classification", p.Basis));
        Assert.All(Seeds.Events, e => Assert.Contains(e.Basis, Vocabulary.Bases));
        Assert.All(Seeds.Metrics, m => Assert.Contains(m.Basis, Vocabulary.Bases));
    }

    [Fact]
    public void Every_record_names_a_locator_in_its_article()
    {
        var all = Seeds.Events.Select(e => (e.Id, e.Locator))
            .Concat(Seeds.Organizations.Select(o => (o.Id, o.Locator)))
            .Concat(Seeds.FundingRounds.Select(r => (r.Id, r.Locator)))
            .Concat(Seeds.Metrics.Select(m => (m.Id, m.Locator)))
            .Concat(Seeds.Placements.Select(p => (p.Id, p.Locator)));
        Assert.All(all, r => Assert.False(string.IsNullOrWhiteSpace(r.Locator), r.Id));
    }

    // Characters that exist only in Traditional script; two sources are in it, our text must not be.
    private const string TraditionalOnly = "們國這為與時個說會對發開業關經產長網務機資華愛區實際級計務讓應該從獲";

    [Fact]
    public void Chinese_text_is_simplified()
    {
        var texts = Seeds.Events.SelectMany(e => new[] { (e.Id, e.TitleZh), (e.Id, e.DescriptionZh) })
            .Concat(Seeds.Organizations.SelectMany(o => new[] { (o.Id, o.NameZh), (o.Id, o.DescriptionZh) }))
            .Concat(Seeds.Metrics.Select(m => (m.Id, m.SubjectZh)))
            .Concat(Seeds.Placements.SelectMany(p => new[] { (p.Id, p.EvidenceZh), (p.Id, p.RationaleZh) }));
        Assert.All(texts, t => Assert.True(t.Item2.IndexOfAny(TraditionalOnly.ToCharArray()) < 0, $"{t.Id}: {t.Item2}"));
    }

    [Fact]
    public void Descriptions_are_our_own_words_not_the_articles_sentences()
    {
        // No run of 15 Chinese characters from our text may appear verbatim in the article it cites.
        // Only Han characters are compared, so that shared names (Stable Diffusion, DALL-E 2) and
        // figures do not count as copying, while a copied clause does.
        var docs = Path.Combine(TestData.RepoRoot, "..", "shared", "seed-docs");
        var articles = Seeds.Sources.ToDictionary(s => s.Id, s => Normalize(File.ReadAllText(Path.Combine(docs, s.File))));
        var texts = Seeds.Events.SelectMany(e => new[] { (e.Id, e.Source, e.DescriptionZh), (e.Id, e.Source, e.TitleZh) })
            .Concat(Seeds.Placements.SelectMany(p => new[] { (p.Id, p.Source, p.EvidenceZh), (p.Id, p.Source, p.RationaleZh) }))
            .Concat(Seeds.Organizations.Select(o => (o.Id, o.Source, o.DescriptionZh)));
        const int window = 15;
        var copied = new List<string>();
        foreach (var (id, source, text) in texts)
        {
            var t = Normalize(text);
            for (var i = 0; i + window <= t.Length; i++)
                if (articles[source].Contains(t.Substring(i, window), StringComparison.Ordinal)) { copied.Add($"{id}: …{t.Substring(i, window)}…"); break; }
        }
        Assert.True(copied.Count == 0, "Copied from the article:\n" + string.Join("\n", copied));
    }

    private static string Normalize(string s) => Regex.Replace(s, @"[^\p{IsCJKUnifiedIdeographs}]", "");

    [Theory]
    [InlineData("events.schema.json", "category", nameof(Vocabulary.EventCategories))]
    [InlineData("organizations.schema.json", "kind", nameof(Vocabulary.OrganizationKinds))]
    [InlineData("metrics.schema.json", "kind", nameof(Vocabulary.MetricKinds))]
    [InlineData("placements.schema.json", "stage", nameof(Vocabulary.Stages))]
    [InlineData("placements.schema.json", "enterpriseType", nameof(Vocabulary.EnterpriseTypes))]
    [InlineData("placements.schema.json", "audience", nameof(Vocabulary.Audiences))]
    public void Schema_enumerations_match_the_domain_vocabulary(string schemaFile, string property, string vocabulary)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestData.SeedDirectory, "schemas", schemaFile)));
        var values = doc.RootElement.GetProperty("items").GetProperty("properties").GetProperty(property).GetProperty("enum")
            .EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList();
        var expected = (IReadOnlyList<string>)typeof(Vocabulary).GetField(vocabulary)!.GetValue(null)!;
        Assert.Equal(expected.Order(), values.Order());
    }
}
