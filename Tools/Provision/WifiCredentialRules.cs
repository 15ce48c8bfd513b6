using System.Text;

namespace DeskStats.Tools.Provision
{
    /// <summary>
    /// The Wi-Fi rules the device cannot check itself (the credentials live in its configuration block, written by
    /// nanoff): an SSID is 1 to 32 bytes (IEEE 802.11); a WPA2 passphrase is 8 to 63 printable ASCII characters or a
    /// raw key of exactly 64 hex digits (IEEE 802.11i); an empty password means an open network.
    /// Messages never quote the password.
    /// </summary>
    internal static class WifiCredentialRules
    {
        /// <summary>Longest SSID in bytes of UTF-8.</summary>
        public const int MaxSsidBytes = 32;
        /// <summary>Shortest WPA2 passphrase in characters.</summary>
        public const int MinPassphraseLength = 8;
        /// <summary>Longest WPA2 passphrase in characters.</summary>
        public const int MaxPassphraseLength = 63;
        /// <summary>Length of a raw WPA2 pre-shared key written as hex digits.</summary>
        public const int RawKeyHexLength = 64;

        /// <summary>Checks the SSID and adds what is wrong to <paramref name="report"/>.</summary>
        public static void CheckSsid(string ssid, ValidationReport report)
        {
            if (string.IsNullOrEmpty(ssid))
            {
                report.AddError("--ssid", "is missing: give the name of the Wi-Fi network (1 to 32 bytes)");
                return;
            }

            int byteCount = Encoding.UTF8.GetByteCount(ssid);
            if (byteCount > MaxSsidBytes)
            {
                report.AddError("--ssid", "is " + byteCount + " bytes of UTF-8; a Wi-Fi network name is at most " + MaxSsidBytes + " bytes");
            }

            if (ssid[0] == ' ' || ssid[ssid.Length - 1] == ' ')
            {
                report.AddWarning("--ssid", "starts or ends with a space; the network name must match exactly, spaces included");
            }
        }

        /// <summary>Checks the password and adds what is wrong to <paramref name="report"/>; never quotes it.</summary>
        public static void CheckPassword(string password, ValidationReport report)
        {
            if (string.IsNullOrEmpty(password))
            {
                report.AddWarning("--password", "is empty: the device will join an OPEN network (no encryption); anyone nearby can read its traffic except the TLS link itself");
                return;
            }

            if (password.Length == RawKeyHexLength)
            {
                if (IsAllHexDigits(password))
                {
                    return;
                }

                report.AddError("--password", "is 64 characters long, which WPA2 reads as a raw key of 64 hex digits, but it holds other characters; a passphrase is 8 to 63 characters");
                return;
            }

            if (password.Length < MinPassphraseLength)
            {
                report.AddError("--password", "is " + password.Length + " characters; a WPA2 passphrase is at least " + MinPassphraseLength + " (leave it out for an open network)");
                return;
            }

            if (password.Length > MaxPassphraseLength)
            {
                report.AddError("--password", "is " + password.Length + " characters; a WPA2 passphrase is at most " + MaxPassphraseLength + " characters (or exactly 64 hex digits)");
                return;
            }

            for (int index = 0; index < password.Length; index++)
            {
                char character = password[index];
                if (character < ' ' || character > '~')
                {
                    report.AddError("--password", "character " + (index + 1) + " is not printable ASCII; a WPA2 passphrase may only hold ASCII 32-126");
                    return;
                }
            }
        }

        private static bool IsAllHexDigits(string text)
        {
            foreach (char character in text)
            {
                bool isHex = (character >= '0' && character <= '9') || (character >= 'a' && character <= 'f') || (character >= 'A' && character <= 'F');
                if (!isHex)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
