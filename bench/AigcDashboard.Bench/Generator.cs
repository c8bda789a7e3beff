using System.Diagnostics;
using System.Globalization;
using AigcDashboard.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AigcDashboard.Bench;

/// <summary>
/// Builds a database with the real seed data plus synthetic organizations, events, funding rounds
/// and placements, the same for the same seed (System.Random with a seed is deterministic).
/// </summary>
public static class Generator
{
    private static readonly string[] Regions = ["US", "CN", "GB", "IL", "DE", "FR", "CA", "JP", "KR", "SG", "IN", "HK"];
    private static readonly string[] Categories = ["model-release", "product-launch", "public-opening", "regulatory-approval", "regulatory-filing", "policy", "funding", "deal", "market", "society", "research", "award"];
    private static readonly string[] Kinds = ["startup", "big-tech", "lab", "company", "investor"];
    private static readonly string[] Rounds = ["Seed", "A", "B", "C", "D", "Strategic"];
    private static readonly string[] Stages = ["novelty", "assistance", "original"];
    private static readonly string[] Types = ["platform", "application", "intelligentized"];
    private static readonly string[] Models = ["usage-api", "per-output", "subscription", "training-licensing", "private-deployment", "solutions", "paid-app", "courses-services", "advertising"];
    private static readonly string[] Modalities = ["text", "image", "video", "code", "audio", "digital-human", "multimodal"];

    public static async Task<int> RunAsync(string path, int events, int rounds, int organizations, int seed)
    {
        var clock = Stopwatch.StartNew();
        if (File.Exists(path)) File.Delete(path);
        var seeds = Path.Combine(FindRepoRoot(), "seeds");
        var options = new DbContextOptionsBuilder<DashboardDbContext>();
        DashboardDbContext.Configure(options, $"Data Source={path}");
        await using (var db = new DashboardDbContext(options.Options))
            await DatabaseInitializer.InitializeAsync(db, seeds);

        var random = new Random(seed);
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync();

        var orgs = Insert(connection, tx, "INSERT INTO Organizations (Id,NameZh,NameEn,Region,Kind,DescriptionZh,DescriptionEn,SourceId,Locator,Basis) VALUES ($id,$zh,$en,$region,$kind,$dzh,$den,$src,'synthetic','classification')",
            organizations, (cmd, i) =>
            {
                var id = $"syn-org-{i}";
                Set(cmd, ("$id", id), ("$zh", $"合成机构{i}"), ("$en", $"Synthetic Org {i}"), ("$region", Regions[random.Next(Regions.Length)]),
                    ("$kind", Kinds[random.Next(Kinds.Length)]), ("$dzh", "基准测试用的合成数据"), ("$den", "Synthetic data for benchmarks"), ("$src", $"S{random.Next(5)}"));
                return id;
            });

        var start = new DateOnly(2016, 1, 1).DayNumber;
        var span = new DateOnly(2024, 12, 31).DayNumber - start;
        Insert(connection, tx, "INSERT INTO Events (Id,Date,Precision,Category,Region,Stage,Highlight,TitleZh,TitleEn,DescriptionZh,DescriptionEn,SourceId,Locator,Basis) VALUES ($id,$date,$p,$cat,$region,$stage,0,$tzh,$ten,$dzh,$den,$src,'synthetic','reported')",
            events, (cmd, i) =>
            {
                var id = $"syn-ev-{i}";
                var month = random.Next(4) == 0;
                var d = DateOnly.FromDayNumber(start + random.Next(span));
                if (month) d = new DateOnly(d.Year, d.Month, 1);
                Set(cmd, ("$id", id), ("$date", d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("$p", month ? 1 : 0),
                    ("$cat", Categories[random.Next(Categories.Length)]), ("$region", Regions[random.Next(Regions.Length)]),
                    ("$stage", random.Next(3) == 0 ? Stages[random.Next(3)] : null), ("$tzh", $"合成事件{i}"), ("$ten", $"Synthetic event {i}"),
                    ("$dzh", "基准测试用的合成事件"), ("$den", "A synthetic event for benchmarks"), ("$src", $"S{random.Next(5)}"));
                return id;
            }, after: (id, _) => Link(connection, tx, "INSERT OR IGNORE INTO EventOrganizations VALUES ($e,$o)", ("$e", id), ("$o", orgs[random.Next(orgs.Count)])));

        Insert(connection, tx, "INSERT INTO FundingRounds (Id,OrganizationId,Date,Precision,Round,Amount,Currency,Reported,Valuation,ValuationCurrency,SourceId,Locator,Basis) VALUES ($id,$org,$date,0,$round,$amount,$cur,NULL,$val,$vcur,$src,'synthetic','reported')",
            rounds, (cmd, i) =>
            {
                var amount = (long)Math.Round(Math.Exp(13 + random.NextDouble() * 7)); // about $0.4M to $500M
                var yuan = random.Next(5) == 0;
                var valued = random.Next(3) == 0;
                Set(cmd, ("$id", $"syn-fr-{i}"), ("$org", orgs[random.Next(orgs.Count)]),
                    ("$date", DateOnly.FromDayNumber(start + random.Next(span)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    ("$round", Rounds[random.Next(Rounds.Length)]), ("$amount", yuan ? amount * 7 : amount), ("$cur", yuan ? "CNY" : "USD"),
                    ("$val", valued ? amount * (5 + random.Next(20)) : null), ("$vcur", valued ? (yuan ? "CNY" : "USD") : null), ("$src", $"S{random.Next(5)}"));
                return "";
            });

        Insert(connection, tx, "INSERT INTO Placements (Id,OrganizationId,ProductZh,ProductEn,Stage,EnterpriseType,BusinessModels,Modalities,Audience,EvidenceZh,EvidenceEn,RationaleZh,RationaleEn,SourceId,Locator,Basis) VALUES ($id,$org,NULL,NULL,$stage,$type,$models,$mods,$aud,'合成','synthetic','合成','synthetic',$src,'synthetic','classification')",
            organizations, (cmd, i) =>
            {
                Set(cmd, ("$id", $"syn-pl-{i}"), ("$org", orgs[i]), ("$stage", Stages[random.Next(3)]), ("$type", Types[random.Next(3)]),
                    ("$models", Models[random.Next(Models.Length)]), ("$mods", Modalities[random.Next(Modalities.Length)]),
                    ("$aud", new[] { "to-b", "to-c", "both" }[random.Next(3)]), ("$src", $"S{random.Next(5)}"));
                return "";
            });

        await tx.CommitAsync();
        Console.WriteLine($"generated {path}: {organizations} organizations, {events} events, {rounds} rounds, {organizations} placements (+ seed data) in {clock.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }

    private static List<string> Insert(SqliteConnection c, SqliteTransaction tx, string sql, int count, Func<SqliteCommand, int, string> fill, Action<string, int>? after = null)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        var ids = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            cmd.Parameters.Clear();
            var id = fill(cmd, i);
            cmd.ExecuteNonQuery();
            ids.Add(id);
            after?.Invoke(id, i);
        }
        return ids;
    }

    private static void Link(SqliteConnection c, SqliteTransaction tx, string sql, params (string, object)[] values)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        Set(cmd, values.Select(v => (v.Item1, (object?)v.Item2)).ToArray());
        cmd.ExecuteNonQuery();
    }

    private static void Set(SqliteCommand cmd, params (string Name, object? Value)[] values)
    {
        foreach (var (name, value) in values) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AigcDashboard.sln"))) return dir.FullName;
        throw new InvalidOperationException("AigcDashboard.sln not found");
    }
}
