namespace AigcDashboard.Web;

/// <summary>Marker type for the UI strings in Resources/SharedResource(.zh).resx, which
/// tools/resx.py writes from one table.</summary>
public sealed class SharedResource;
