//! The result of a weighing as a cadre reads it: each index's z-score with its PMK
//! category in colour, N/T/O/B with the KBM, and what to act on.

use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::core::record::Body;
use crate::domain::posyandu::measurement::Measurement;
use crate::domain::posyandu::review::{review, Index, Review};
use crate::growth::category::Severity;
use crate::growth::weight_gain::Gain;
use crate::growth::Position;
use crate::i18n::{self, Named};
use crate::ui::app::state::use_app;

fn severity_class(severity: Option<Severity>) -> &'static str {
    match severity {
        Some(Severity::Normal) => "sev normal",
        Some(Severity::Watch) => "sev watch",
        Some(Severity::Problem) => "sev problem",
        Some(Severity::Severe) => "sev severe",
        None => "sev",
    }
}

/// The review of `measurement` against the child's stored history.
pub fn review_of(child_id: Uuid, measurement: &Measurement) -> Option<Review> {
    let app = use_app();
    app.register.with_untracked(|r| {
        let child = r.person(child_id)?;
        let history: Vec<&Measurement> = r.measurements_of(child_id).map(|(_, m)| m).collect();
        review(child, &history, measurement)
    })
}

/// Buku KIA lets the cadre judge N or T from the curve when KBM and the curve disagree:
/// the choice is stored with the weighing and `on_change` gets the updated weighing.
#[component]
fn CurveJudgement(
    record_id: Uuid,
    current: Gain,
    on_change: impl Fn(Measurement) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let choose = move |gain: Gain| {
        let Some(record) = app.find(record_id) else {
            return;
        };
        let Body::Measurement(mut m) = record.body.clone() else {
            return;
        };
        m.gain_override = Some(gain);
        let updated = m.clone();
        let edited = app.record_for(Some(record_id), Body::Measurement(m));
        app.save(vec![edited], move || on_change(updated));
    };
    view! {
        <div class="curve" data-testid="curve-judgement">
            <span>{t.posyandu.curve_judgement}</span>
            {[Gain::Naik, Gain::TidakNaik].into_iter().map(|gain| view! {
                <button type="button" class:active=current == gain
                    data-testid=format!("curve-{}", gain.code()) on:click=move |_| choose(gain)>
                    {gain.name(lang)}
                </button>
            }).collect_view()}
        </div>
    }
}

#[component]
pub fn ReviewPanel(
    child_id: Uuid,
    measurement: Measurement,
    /// The stored weighing, when the cadre may still judge N/T from the curve.
    #[prop(optional)]
    record_id: Option<Uuid>,
    #[prop(optional)] on_change: Option<Callback<Measurement>>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let Some(result) = review_of(child_id, &measurement) else {
        return view! { <p class="empty">{t.common.not_found}</p> }.into_any();
    };
    let lying = measurement.position != Some(Position::Standing);
    let rows = Index::ALL
        .iter()
        .filter_map(|&index| {
            let score = result.score(index)?;
            let category = result.category(index);
            let label = category.map(|c| c.name(lang));
            Some(view! {
                <tr class=severity_class(category.map(|c| c.severity()))>
                    <th scope="row">{index.short_name(lying)}</th>
                    <td class="num">{i18n::number(score.z, lang)}</td>
                    <td>{label.unwrap_or("—")}</td>
                </tr>
            })
        })
        .collect_view();
    let gain = result.gain.map(|j| {
        let grams = match (j.grams, j.kbm_grams) {
            (Some(g), Some(k)) => format!(" ({g:+} g, KBM {k} g)"),
            (Some(g), None) => format!(" ({g:+} g)"),
            _ => String::new(),
        };
        format!("{}{grams}", j.gain.name(lang))
    });
    let words = |referral: bool| -> Vec<String> {
        result
            .warnings
            .iter()
            .filter(|w| w.is_referral() == referral)
            .map(|w| i18n::warning(lang, *w))
            .collect()
    };
    let (refer, remeasure) = (words(true), words(false));
    let judgement = match (record_id, on_change, result.gain.map(|j| j.gain)) {
        (Some(id), Some(callback), Some(current @ (Gain::Naik | Gain::TidakNaik))) => Some(view! {
            <CurveJudgement record_id=id current=current on_change=move |m| callback.run(m)/>
        }),
        _ => None,
    };
    view! {
        <div class="result" data-testid="review">
            <h3>{t.posyandu.result}</h3>
            <table class="scores">
                <tbody>{rows}</tbody>
            </table>
            {gain.map(|g| view! { <p class="gain" data-testid="gain">{g}</p> })}
            {judgement}
            {(!remeasure.is_empty()).then(|| view! {
                <div class="refer" role="alert" data-testid="remeasure">
                    <strong>{t.posyandu.remeasure_title}</strong>
                    <ul>{remeasure.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}</ul>
                </div>
            })}
            {(!refer.is_empty()).then(|| view! {
                <div class="refer" role="alert" data-testid="refer">
                    <strong>{t.posyandu.refer}</strong>
                    <ul>{refer.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}</ul>
                </div>
            })}
        </div>
    }
    .into_any()
}
