using System.Text;

namespace AigcDashboard.Web.Endpoints;

/// <summary>A CSV answer (written by <see cref="Core.Exchange.CsvText"/>): UTF-8 with a byte-order
/// mark, which is what makes Excel read Chinese text correctly.</summary>
public static class Csv
{
    public static IResult Result(string csv, string name) =>
        Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8", name + ".csv");
}
