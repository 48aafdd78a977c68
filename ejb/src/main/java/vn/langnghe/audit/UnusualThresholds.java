package vn.langnghe.audit;

import java.io.Serializable;
import java.time.Duration;

/**
 * When behaviour is unusual (configuration keys {@code langnghe.audit.flag.*}, docs/security.md).
 *
 * @param exportFactor         a day's exports are unusual above this many times the account's median day
 * @param exportRowsFloor      ...and above this many exported rows (small exports are never flagged)
 * @param exportCountFloor     ...or above this many exports in the day
 * @param historyDays          the days before that make up the account's norm
 * @param dayStartHour         sign-ins from this hour (city time)...
 * @param dayEndHour           ...to this hour are usual for an account without enough history
 * @param ownHoursMinSignIns   from this many sign-ins in the history on, the account's own hours are the norm
 * @param failureWindow        failed sign-ins are counted within this window
 * @param failuresPerAccount   this many failures for one account within the window are flagged
 * @param failuresPerAddress   this many failures from one client address within the window are flagged
 */
public record UnusualThresholds(double exportFactor, long exportRowsFloor, long exportCountFloor, int historyDays,
                                int dayStartHour, int dayEndHour, int ownHoursMinSignIns, Duration failureWindow,
                                int failuresPerAccount, int failuresPerAddress) implements Serializable {
    public static UnusualThresholds defaults() {
        return new UnusualThresholds(5, 1000, 20, 30, 6, 22, 20, Duration.ofMinutes(15), 5, 10);
    }
}
