namespace AigcDashboard.Core.Model;

/// <summary>
/// The closed vocabularies of the data set. The seed schemas in <c>seeds/schemas</c> list the
/// same values; a test checks that the two agree.
/// </summary>
public static class Vocabulary
{
    public static readonly IReadOnlyList<string> Stages = ["novelty", "assistance", "original"];

    public static readonly IReadOnlyList<string> EnterpriseTypes = ["platform", "application", "intelligentized"];

    public static readonly IReadOnlyList<string> BusinessModels =
    [
        "usage-api", "per-output", "subscription", "training-licensing", "private-deployment",
        "solutions", "paid-app", "courses-services", "advertising",
    ];

    public static readonly IReadOnlyList<string> Modalities =
        ["text", "image", "video", "code", "audio", "digital-human", "multimodal"];

    public static readonly IReadOnlyList<string> Audiences = ["to-b", "to-c", "both"];

    public static readonly IReadOnlyList<string> EventCategories =
    [
        "model-release", "product-launch", "public-opening", "regulatory-approval", "regulatory-filing",
        "policy", "funding", "deal", "market", "society", "research", "award",
    ];

    public static readonly IReadOnlyList<string> OrganizationKinds =
    [
        "lab", "big-tech", "startup", "company", "regulator", "government", "investor", "research",
        "university", "media", "consultancy", "education", "individual",
    ];

    public static readonly IReadOnlyList<string> MetricKinds =
    [
        "users", "questions", "revenue", "revenue-share", "revenue-growth", "running-cost", "training-cost",
        "price", "subscription-fee", "company-count", "model-count", "algorithm-count", "course-sales",
        "market-size", "investment-total", "valuation", "adoption-rate", "parameters", "compute", "other",
    ];

    public static readonly IReadOnlyList<string> Bases = ["reported", "classification"];
}
