//! Kegiatan dan kas: the IMP group's activities and cash book.
//!
//! Each key: its type, then the Indonesian and the English text on adjacent lines.

use super::texts;

texts! {
    pub struct GroupTexts {
        activities_title: &'static str =
            "Kegiatan dan kas IMP",
            "IMP activities and cash";
        record_activity: &'static str =
            "Catat kegiatan",
            "Record an activity";
        activity_date: &'static str =
            "Tanggal kegiatan",
            "Date";
        activity_kind: &'static str =
            "Jenis kegiatan",
            "Kind of activity";
        topic: &'static str =
            "Topik / acara",
            "Topic / agenda";
        place: &'static str =
            "Tempat",
            "Place";
        participants: &'static str =
            "Jumlah peserta",
            "Participants";
        minutes: &'static str =
            "Notulen / hasil",
            "Minutes / outcome";
        activity_count: &'static str =
            "Kali",
            "Times";
        no_activities: &'static str =
            "Belum ada kegiatan tercatat.",
            "No activities recorded yet.";
        cash_title: &'static str =
            "Buku kas",
            "Cash book";
        cash_balance: fn(&str) -> String =
            |amount| format!("Saldo: {amount}"),
            |amount| format!("Balance: {amount}");
        cash_month: fn(&str, &str, &str) -> String =
            |month, cash_in, cash_out| format!("{month}: masuk {cash_in}, keluar {cash_out}"),
            |month, cash_in, cash_out| format!("{month}: in {cash_in}, out {cash_out}");
        record_cash: &'static str =
            "Catat uang masuk/keluar",
            "Record money in/out";
        cash_date: &'static str =
            "Tanggal",
            "Date";
        cash_kind: &'static str =
            "Jenis",
            "Kind";
        amount: &'static str =
            "Jumlah (Rp)",
            "Amount (Rp)";
        description: &'static str =
            "Keterangan",
            "Description";
        no_cash: &'static str =
            "Belum ada catatan kas.",
            "No cash entries yet.";
        people_count: fn(u32) -> String =
            |n| format!("{n} orang"),
            |n| format!("{n} people");
        cash_cannot_remove: &'static str =
            "Tidak bisa dihapus: uang ini sudah terpakai untuk pengeluaran sesudahnya.",
            "Cannot delete: this money was already spent by a later expense.";
    }
}
