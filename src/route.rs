//! Screens addressed by the URL hash (`#/keluarga/…`): works on any static host, in a
//! sub-path, and after a reload on any screen, with no server rewrite rules.

use uuid::Uuid;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    Home,
    Children,
    NewChild,
    Child(Uuid),
    /// The weighing day of a posyandu.
    Weighing(Uuid),
    Families,
    NewFamily,
    Family(Uuid),
    EditFamily(Uuid),
    NewMember(Uuid),
    EditMember(Uuid, Uuid),
    Accompaniment,
    /// One person the TPK accompanies: pregnancy, visits.
    Accompany(Uuid),
    Reports,
    /// Notice-board posters (balok SKDN, stunting trend).
    Posters,
    /// The monthly KB report, its charts and the supply log.
    KbReport,
    /// Peta Keluarga of an RT.
    FamilyMap,
    /// The IMP's activities and cash book.
    Activities,
    /// Several desa side by side (a PKB/PLKB's phone).
    Kecamatan,
    Settings,
    NotFound,
}

impl Route {
    /// Reads a location hash such as `#/keluarga/<id>/anggota/baru`.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_matches('/');
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        let id = |text: &str| Uuid::parse_str(text).ok();
        match parts.as_slice() {
            [] => Route::Home,
            ["anak"] => Route::Children,
            ["anak", "baru"] => Route::NewChild,
            ["anak", c] => id(c).map_or(Route::NotFound, Route::Child),
            ["penimbangan", p] => id(p).map_or(Route::NotFound, Route::Weighing),
            ["keluarga"] => Route::Families,
            ["keluarga", "baru"] => Route::NewFamily,
            ["keluarga", f] => id(f).map_or(Route::NotFound, Route::Family),
            ["keluarga", f, "ubah"] => id(f).map_or(Route::NotFound, Route::EditFamily),
            ["keluarga", f, "anggota", "baru"] => id(f).map_or(Route::NotFound, Route::NewMember),
            ["keluarga", f, "anggota", p] => match (id(f), id(p)) {
                (Some(f), Some(p)) => Route::EditMember(f, p),
                _ => Route::NotFound,
            },
            ["pendampingan"] => Route::Accompaniment,
            ["pendampingan", p] => id(p).map_or(Route::NotFound, Route::Accompany),
            ["laporan"] => Route::Reports,
            ["laporan", "poster"] => Route::Posters,
            ["laporan", "kb"] => Route::KbReport,
            ["laporan", "peta"] => Route::FamilyMap,
            ["laporan", "kecamatan"] => Route::Kecamatan,
            ["kegiatan"] => Route::Activities,
            ["pengaturan"] => Route::Settings,
            _ => Route::NotFound,
        }
    }

    /// The hash that leads to this screen.
    pub fn href(self) -> String {
        match self {
            Route::Home | Route::NotFound => "#/".into(),
            Route::Children => "#/anak".into(),
            Route::NewChild => "#/anak/baru".into(),
            Route::Child(c) => format!("#/anak/{c}"),
            Route::Weighing(p) => format!("#/penimbangan/{p}"),
            Route::Families => "#/keluarga".into(),
            Route::NewFamily => "#/keluarga/baru".into(),
            Route::Family(f) => format!("#/keluarga/{f}"),
            Route::EditFamily(f) => format!("#/keluarga/{f}/ubah"),
            Route::NewMember(f) => format!("#/keluarga/{f}/anggota/baru"),
            Route::EditMember(f, p) => format!("#/keluarga/{f}/anggota/{p}"),
            Route::Accompaniment => "#/pendampingan".into(),
            Route::Accompany(p) => format!("#/pendampingan/{p}"),
            Route::Reports => "#/laporan".into(),
            Route::Posters => "#/laporan/poster".into(),
            Route::KbReport => "#/laporan/kb".into(),
            Route::FamilyMap => "#/laporan/peta".into(),
            Route::Kecamatan => "#/laporan/kecamatan".into(),
            Route::Activities => "#/kegiatan".into(),
            Route::Settings => "#/pengaturan".into(),
        }
    }

    /// The bottom-bar section this screen belongs to.
    pub fn section(self) -> Route {
        match self {
            Route::NewFamily
            | Route::Family(_)
            | Route::EditFamily(_)
            | Route::NewMember(_)
            | Route::EditMember(..) => Route::Families,
            Route::NewChild | Route::Child(_) | Route::Weighing(_) => Route::Children,
            Route::Posters
            | Route::KbReport
            | Route::FamilyMap
            | Route::Activities
            | Route::Kecamatan => Route::Reports,
            Route::Accompany(_) => Route::Accompaniment,
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_survives_its_own_href() {
        let f = Uuid::from_u128(7);
        let p = Uuid::from_u128(9);
        let routes = [
            Route::Home,
            Route::Children,
            Route::NewChild,
            Route::Child(p),
            Route::Weighing(f),
            Route::Families,
            Route::NewFamily,
            Route::Family(f),
            Route::EditFamily(f),
            Route::NewMember(f),
            Route::EditMember(f, p),
            Route::Accompaniment,
            Route::Accompany(p),
            Route::Reports,
            Route::Posters,
            Route::KbReport,
            Route::FamilyMap,
            Route::Activities,
            Route::Kecamatan,
            Route::Settings,
        ];
        for route in routes {
            assert_eq!(Route::parse(&route.href()), route);
        }
    }

    #[test]
    fn odd_hashes() {
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("#"), Route::Home);
        assert_eq!(Route::parse("#/keluarga/"), Route::Families);
        assert_eq!(Route::parse("#/keluarga/bukan-id"), Route::NotFound);
        assert_eq!(Route::parse("#/<script>"), Route::NotFound);
        assert_eq!(
            Route::EditMember(Uuid::nil(), Uuid::nil()).section(),
            Route::Families
        );
    }
}
