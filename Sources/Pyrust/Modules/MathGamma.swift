// math.gamma and math.lgamma. CPython does not use libm here: it evaluates a Lanczos
// approximation of its own (N = 13 terms, g = 6.024680040776729583740234375, the sum written
// as a ratio of two polynomials), so the same evaluation, in the same order and with the same
// libm primitives, gives CPython's results to the last bit.
//
// Gamma(x) = sqrt(2 pi) (x + g - 1/2)^(x - 1/2) e^-(x + g - 1/2) L(x), with L(x) the rational
// function num(x) / den(x) below. The factor sqrt(2 pi) e^-g is folded into num's
// coefficients, which is why the formulas below use exp(-(x + g - 1/2)) and the power only.

import Glibc

enum Lanczos {
    static let g = 6.024680040776729583740234375
    static let gMinusHalf = 5.524680040776729583740234375

    /// Numerator coefficients, lowest degree first.
    static let num: [Double] = Immortal.array([
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    ])

    /// Denominator: x (x+1) ... (x+11) expanded, lowest degree first.
    static let den: [Double] = Immortal.array([
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
    ])

    /// Gamma(n) for n = 1 ... 23, exact as doubles.
    static let integral: [Double] = Immortal.array([
        1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
        3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
        1307674368000.0, 20922789888000.0, 355687428096000.0,
        6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
        51090942171709440000.0, 1124000727777607680000.0,
    ])

    static let logPi = 1.144729885849400174143427351353058711647

    /// num(x) / den(x) for x > 0: Horner from the top below 5, in 1/x from the bottom above
    /// (both polynomials have degree 12, so the ratio is the same and nothing overflows).
    static func sum(_ x: Double) -> Double {
        var n = 0.0, d = 0.0
        if x < 5.0 {
            var i = num.count - 1
            while i >= 0 {
                n = n * x + num[i]
                d = d * x + den[i]
                i -= 1
            }
        } else {
            for i in 0..<num.count {
                n = n / x + num[i]
                d = d / x + den[i]
            }
        }
        return n / d
    }

    /// sin(pi x) for finite x, exact at integers and half-integers: reduce |x| mod 2, then
    /// pick the quadrant so that the argument given to sin or cos is small.
    static func sinPi(_ x: Double) -> Double {
        let y = Glibc.fmod(Swift.abs(x), 2.0)
        let n = Int((2.0 * y).rounded(.toNearestOrAwayFromZero))
        let r: Double
        switch n {
        case 0: r = Glibc.sin(Double.pi * y)
        case 1: r = Glibc.cos(Double.pi * (y - 0.5))
        case 2: r = Glibc.sin(Double.pi * (1.0 - y))   // not -sin(pi (y - 1)): that gives -0.0 at y == 1
        case 3: r = -Glibc.cos(Double.pi * (y - 1.5))
        default: r = Glibc.sin(Double.pi * (y - 2.0))
        }
        return Glibc.copysign(1.0, x) * r
    }

    /// math.gamma: its value or CPython's error.
    static func gamma(_ x: Double) throws(PyError) -> Double {
        if !x.isFinite {
            if x.isNaN || x > 0 { return x }
            throw valueError("math domain error")
        }
        if x == 0 { throw valueError("math domain error") }
        if x == x.rounded(.down) {
            if x < 0 { throw valueError("math domain error") }
            if x <= Double(integral.count) { return integral[Int(x) - 1] }
        }
        let ax = Swift.abs(x)
        if ax < 1e-20 {
            let r = 1.0 / x
            if r.isInfinite { throw overflowError("math range error") }
            return r
        }
        if ax > 200.0 {
            if x < 0 { return 0.0 / sinPi(x) }
            throw overflowError("math range error")
        }
        let y = ax + gMinusHalf
        // The rounding error of y, as a correction term.
        var z: Double
        if ax > gMinusHalf {
            let q = y - ax
            z = q - gMinusHalf
        } else {
            let q = y - gMinusHalf
            z = q - ax
        }
        z = z * g / y
        var r: Double
        if x < 0 {
            // Reflection: Gamma(x) = -pi / (sin(pi |x|) |x| Gamma(|x|)).
            r = -Double.pi / sinPi(ax) / ax * Glibc.exp(y) / sum(ax)
            r -= z * r
            if ax < 140.0 {
                r /= Glibc.pow(y, ax - 0.5)
            } else {
                let sqrtPow = Glibc.pow(y, ax / 2.0 - 0.25)
                r /= sqrtPow
                r /= sqrtPow
            }
        } else {
            r = sum(ax) / Glibc.exp(y)
            r += z * r
            if ax < 140.0 {
                r *= Glibc.pow(y, ax - 0.5)
            } else {
                // y^(x - 1/2) as two halves, so the power alone does not overflow.
                let sqrtPow = Glibc.pow(y, ax / 2.0 - 0.25)
                r *= sqrtPow
                r *= sqrtPow
            }
        }
        if r.isInfinite { throw overflowError("math range error") }
        return r
    }

    /// math.lgamma: log |Gamma(x)| or CPython's error.
    static func lgamma(_ x: Double) throws(PyError) -> Double {
        if !x.isFinite { return x.isNaN ? x : .infinity }
        if x == x.rounded(.down) && x <= 2.0 {
            if x <= 0 { throw valueError("math domain error") }
            return 0.0
        }
        let ax = Swift.abs(x)
        if ax < 1e-20 { return -Glibc.log(ax) }
        var r = Glibc.log(sum(ax)) - g
        r += (ax - 0.5) * (Glibc.log(ax + g - 0.5) - 1)
        if x < 0 {
            r = logPi - Glibc.log(Swift.abs(sinPi(ax))) - Glibc.log(ax) - r
        }
        if r.isInfinite { throw overflowError("math range error") }
        return r
    }
}
