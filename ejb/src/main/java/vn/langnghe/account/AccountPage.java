package vn.langnghe.account;

import java.util.List;

/** One page of the account list, and how many accounts the filter matches in all. */
public record AccountPage(long total, List<AccountView> items) {
}
