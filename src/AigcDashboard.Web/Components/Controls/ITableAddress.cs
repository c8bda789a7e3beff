using AigcDashboard.Web.Model;

namespace AigcDashboard.Web.Components.Controls;

/// <summary>What a column head needs of its table: the order the address names, and the address of another.</summary>
public interface ITableAddress
{
    TableQuery State { get; }
    string SortLink(string key);
}
