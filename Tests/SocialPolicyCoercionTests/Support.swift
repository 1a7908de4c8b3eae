import SocialPolicyKit
import Testing

typealias Facts = CoercionQuestion.Facts
