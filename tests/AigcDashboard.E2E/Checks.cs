using System.Text.Json;
using AigcDashboard.Core.Tests;
using Microsoft.Playwright;

namespace AigcDashboard.E2E;

/// <summary>Checks every page gets: accessibility (axe-core) and Chinese glyphs actually drawn.</summary>
public static class Checks
{
    private static readonly string Axe = Path.Combine(TestData.RepoRoot, "node_modules", "axe-core", "axe.min.js");

    /// <summary>The serious and critical WCAG 2.1 A/AA violations axe-core finds on the page.</summary>
    public static async Task<IReadOnlyList<string>> AxeViolationsAsync(IPage page)
    {
        if (!File.Exists(Axe)) throw new InvalidOperationException($"{Axe} is missing: the build runs npm ci, which installs it.");
        await page.AddScriptTagAsync(new() { Path = Axe });
        var result = await page.EvaluateAsync<JsonElement>("""
            async () => {
                const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
                return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').split('\n')[1]).join(' | '));
            }
            """);
        return result.EnumerateArray().Select(v => v.GetString()!).ToList();
    }

    /// <summary>
    /// Whether Han characters are drawn with real glyphs, in the page's own font: two different
    /// characters must draw differently, and unlike a character no font has (the "tofu" box that
    /// missing glyphs become). Returns how many of those comparisons came out different (2 = good).
    /// </summary>
    public static async Task<int> DistinctHanGlyphsAsync(IPage page) =>
        await page.EvaluateAsync<int>("""
            () => {
                const font = '40px ' + getComputedStyle(document.body).fontFamily;
                const pixels = (ch) => {
                    const c = document.createElement('canvas');
                    c.width = c.height = 48;
                    const g = c.getContext('2d');
                    g.font = font;
                    g.fillText(ch, 2, 40);
                    return Array.from(g.getImageData(0, 0, 48, 48).data).join(',');
                };
                const sheng = pixels('生'), cheng = pixels('成'), tofu = pixels('\u{F0000}');
                return (sheng !== cheng ? 1 : 0) + (sheng !== tofu ? 1 : 0);
            }
            """);
}
